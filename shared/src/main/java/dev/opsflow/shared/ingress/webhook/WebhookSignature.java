package dev.opsflow.shared.ingress.webhook;

import dev.opsflow.shared.ingress.IngressException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * opsflow's signed-webhook scheme. The sender computes {@code HMAC-SHA256(secret, "<timestamp>.<raw body>")} with
 * its source's secret and sends:
 *
 * <ul>
 *   <li>{@value #TIMESTAMP_HEADER}: the signing time, Unix seconds;
 *   <li>{@value #SIGNATURE_HEADER}: {@code v1=<hex digest>} (several, comma-separated, while a secret rotates).
 * </ul>
 *
 * A request is accepted when its timestamp is within the replay window of now (either way) and one of its {@code
 * v1} digests equals the one computed with one of the source's secrets, compared in constant time ({@link
 * MessageDigest#isEqual}). Binding the timestamp into the signed text makes a captured request useless once the
 * window has passed; within it, the event id's idempotency makes a replay harmless.
 */
public final class WebhookSignature {
  public static final String TIMESTAMP_HEADER = "X-Opsflow-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Opsflow-Signature";
  private static final String SCHEME = "v1=";

  private WebhookSignature() {}

  /** The {@value #SIGNATURE_HEADER} value for {@code body} signed at {@code timestamp} (Unix seconds). */
  public static String sign(String secret, long timestamp, byte[] body) {
    return SCHEME + HexFormat.of().formatHex(mac(secret, timestamp, body));
  }

  /**
   * Checks a request's signature headers against {@code secrets} (the current one first); throws {@link
   * IngressException} (401) naming what is missing, stale or wrong.
   */
  public static void verify(
      List<String> secrets, Optional<String> timestampHeader, Optional<String> signatureHeader, byte[] body, Instant now, Duration window) {
    String timestampText = timestampHeader.orElseThrow(() -> IngressException.unauthorized("Missing " + TIMESTAMP_HEADER + " header"));
    String signatures = signatureHeader.orElseThrow(() -> IngressException.unauthorized("Missing " + SIGNATURE_HEADER + " header"));
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampText.trim());
    } catch (NumberFormatException e) {
      throw IngressException.unauthorized(TIMESTAMP_HEADER + " must be Unix seconds");
    }
    if (Math.abs(now.getEpochSecond() - timestamp) > window.toSeconds()) {
      throw IngressException.unauthorized(TIMESTAMP_HEADER + " is outside the " + window.toSeconds() + " s replay window");
    }
    for (String secret : secrets) {
      byte[] expected = mac(secret, timestamp, body);
      for (String candidate : signatures.split(",")) {
        String value = candidate.trim();
        if (value.startsWith(SCHEME) && MessageDigest.isEqual(expected, decode(value.substring(SCHEME.length())))) {
          return;
        }
      }
    }
    throw IngressException.unauthorized(SIGNATURE_HEADER + " does not match the body and timestamp");
  }

  private static byte[] decode(String hex) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static byte[] mac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
    }
  }
}
