package dev.opsflow.shared.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local secrets file, and the scope that keeps each step to its own integration. */
class FileSecretsTest {
  @TempDir Path dir;

  Path secretsFile() throws Exception {
    Path file = dir.resolve("secrets.json");
    Files.writeString(file, """
        {"stripe": {"api_key": "sk_test_file_123456"}, "slack": {"bot_token": "xoxb-file-123456", "signing": {"v": 1}}}""");
    return file;
  }

  @Test
  void get_readsTheIntegrationsFields() throws Exception {
    // GIVEN a secrets file
    SecretsPort secrets = new FileSecrets(secretsFile());

    // WHEN the Stripe and Slack secrets are read
    IntegrationSecret stripe = secrets.get("stripe");
    IntegrationSecret slack = secrets.get("slack");

    // THEN their fields come back (non-text values as JSON), and toString shows no value
    assertThat(stripe.require("api_key")).isEqualTo("sk_test_file_123456");
    assertThat(slack.values()).containsEntry("signing", "{\"v\":1}");
    assertThat(stripe.toString()).contains("api_key").doesNotContain("sk_test_file_123456");
  }

  @Test
  void scopedToStripe_refusesSlack_withoutReadingIt() throws Exception {
    // GIVEN the Stripe step's view of the secrets, from the environment
    SecretsPort scoped = Secrets.scoped(Map.of("OPSFLOW_SECRETS_FILE", secretsFile().toString()), "stripe");

    // WHEN it asks for Stripe's and for Slack's
    // THEN Stripe's is given and Slack's refused
    assertThat(scoped.get("stripe").require("api_key")).isEqualTo("sk_test_file_123456");
    assertThatThrownBy(() -> scoped.get("slack")).isInstanceOf(SecretScopeException.class).hasMessageContaining("slack");
  }

  @Test
  void missingIntegrationOrField_isAnErrorNamingIt() throws Exception {
    // GIVEN a secrets file without Asana
    SecretsPort secrets = new FileSecrets(secretsFile());

    // WHEN / THEN an absent integration or field is named, never a value
    assertThatThrownBy(() -> secrets.get("asana")).isInstanceOf(SecretNotFoundException.class).hasMessageContaining("asana");
    assertThatThrownBy(() -> secrets.get("stripe").require("webhook_secret"))
        .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("webhook_secret").hasMessageNotContaining("sk_test");
  }

  @Test
  void malformedFile_isReportedWithoutQuotingIt() throws Exception {
    // GIVEN a file that is not JSON but holds a secret-looking value
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"stripe\": {\"api_key\": \"sk_live_leak_654321\"");

    // WHEN / THEN reading fails and the message does not repeat the content
    assertThatThrownBy(() -> new FileSecrets(file).get("stripe"))
        .isInstanceOf(SecretNotFoundException.class).hasMessageNotContaining("sk_live_leak_654321");
  }

  @Test
  void noStoreConfigured_failsOnFirstUseOnly() {
    // GIVEN an environment naming no secrets store
    SecretsPort scoped = Secrets.scoped(Map.of(), "stripe");

    // WHEN / THEN building the view succeeds (a node without onboarding still starts); using it fails clearly
    assertThatThrownBy(() -> scoped.get("stripe")).isInstanceOf(SecretNotFoundException.class).hasMessageContaining("OPSFLOW_SECRETS_FILE");
  }
}
