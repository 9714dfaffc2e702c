package dev.opsflow.local.telemetry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Trace and span ids derived from an execution's ARN and its history event ids: one trace per execution, the same
 * in every process and after every restart or redrive, so spans emitted at different times by different processes
 * join one trace, and the dashboard can link an execution to its trace without storing anything.
 */
public final class TraceIds {
  private static final HexFormat HEX = HexFormat.of();

  private TraceIds() {}

  /** The execution's 32-hex-digit trace id. */
  public static String traceId(String executionArn) {
    return nonZero(HEX.formatHex(sha256("trace|" + executionArn), 0, 16));
  }

  /** The 16-hex-digit id of the span opened by history event {@code eventId} of the execution. */
  public static String spanId(String executionArn, long eventId) {
    return nonZero(HEX.formatHex(sha256("span|" + executionArn + "|" + eventId), 0, 8));
  }

  /** All-zero ids are invalid in OpenTelemetry; a hash is practically never zero, but never say never. */
  private static String nonZero(String hex) {
    return hex.chars().allMatch(c -> c == '0') ? hex.substring(0, hex.length() - 1) + "1" : hex;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
