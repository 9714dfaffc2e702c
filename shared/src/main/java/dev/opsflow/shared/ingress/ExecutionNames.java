package dev.opsflow.shared.ingress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The execution name of a channel's message: {@code <channel>-<sanitised source id>} (HELPER_COMMON's contract),
 * so that a retried delivery maps to the same name. Step Functions allows 80 characters and refuses whitespace,
 * brackets, wildcards and {@code " # % \ ^ | ~ ` $ & , ; : /}. An id made only of letters, digits, {@code -},
 * {@code _} and {@code .} that fits is used as it is ({@code sms-SM0123}); any other id keeps a readable, cleaned
 * prefix and gets 12 hex digits of its SHA-256, so two ids that clean to the same text never share a name
 * ({@code email-CAF_abc_mail.example.com-3f2a9c0d1e4b}). A signed contract's onboarding is named the same way
 * after the contract's id, {@code contract-<sanitised contract id>} ({@link #contract}).
 */
public final class ExecutionNames {
  static final int MAX_LENGTH = 80;
  private static final Pattern CLEAN = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");

  private ExecutionNames() {}

  public static String of(Channel channel, String sourceId) {
    return named(channel.wire(), sourceId);
  }

  /** The onboarding execution of contract {@code contractId}: {@code contract-<sanitised id>}. */
  public static String contract(String contractId) {
    return named("contract", contractId);
  }

  private static String named(String kind, String sourceId) {
    if (sourceId == null || sourceId.isEmpty()) {
      throw new IllegalArgumentException("A message id is needed for the execution name");
    }
    String prefix = kind + "-";
    if (CLEAN.matcher(sourceId).matches() && prefix.length() + sourceId.length() <= MAX_LENGTH) {
      return prefix + sourceId;
    }
    String hash = sha256Hex(sourceId).substring(0, 12);
    String cleaned = UNSAFE_RUN.matcher(sourceId).replaceAll("_").replaceAll("^[_.-]+|[_.-]+$", "");
    int room = MAX_LENGTH - prefix.length() - hash.length() - 1;
    if (cleaned.length() > room) {
      cleaned = cleaned.substring(0, room);
    }
    return cleaned.isEmpty() ? prefix + hash : prefix + cleaned + "-" + hash;
  }

  /** The intake request id of an execution: {@code req-<execution name>}. */
  public static String requestId(String executionName) {
    return "req-" + executionName;
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
