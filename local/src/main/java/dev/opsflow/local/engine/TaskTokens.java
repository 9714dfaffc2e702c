package dev.opsflow.local.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Task tokens name the execution, frame and step they answer, so a token finds its waiting task without a
 * lookup table, and an answer to a task that has moved on (timed out, retried) is recognised as stale.
 */
public final class TaskTokens {
  /** The parts of a decoded token. */
  public record Parts(String executionArn, String frameId, long frameSeq) {}

  private TaskTokens() {}

  static String create(String executionArn, String frameId, long frameSeq) {
    String raw = executionArn + "|" + frameId + "|" + frameSeq + "|" + UUID.randomUUID();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a token; throws IllegalArgumentException when it is not one of ours. */
  public static Parts decode(String token) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid Token: 'Invalid token'", e);
    }
    String[] parts = raw.split("\\|");
    if (parts.length != 4) {
      throw new IllegalArgumentException("Invalid Token: 'Invalid token'");
    }
    try {
      return new Parts(parts[0], parts[1], Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid Token: 'Invalid token'", e);
    }
  }
}
