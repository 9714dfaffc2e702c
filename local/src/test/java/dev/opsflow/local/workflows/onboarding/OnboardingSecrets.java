package dev.opsflow.local.workflows.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The secrets every onboarding test uses: distinctive values, so a leak anywhere is found by a plain search. */
final class OnboardingSecrets {
  static final String STRIPE_API_KEY = "sk_test_51OnbStripeKeyLEAKCANARY0001";
  static final String ASANA_TOKEN = "2/1207/asana-pat-LEAKCANARY0002";
  static final String SLACK_BOT_TOKEN = "xoxb-2222-3333-slack-LEAKCANARY0003";
  static final String DRIVE_ACCESS_TOKEN = "ya29.drive-LEAKCANARY0004";

  private OnboardingSecrets() {}

  static List<String> all() {
    return List.of(STRIPE_API_KEY, ASANA_TOKEN, SLACK_BOT_TOKEN, DRIVE_ACCESS_TOKEN);
  }

  /** Writes the local secrets file (owner-only) and returns its path. */
  static Path writeFile(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("onboarding-secrets.json");
    Files.writeString(file, """
        {"stripe": {"api_key": "%s"}, "asana": {"access_token": "%s"},
         "slack": {"bot_token": "%s"}, "drive": {"access_token": "%s"}}
        """.formatted(STRIPE_API_KEY, ASANA_TOKEN, SLACK_BOT_TOKEN, DRIVE_ACCESS_TOKEN));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }
}
