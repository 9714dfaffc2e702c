package dev.opsflow.shared.intake.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Opaque page tokens of the request list: the receive time and id of the last request shown (keyset paging,
 * so a page stays stable while new requests arrive, and page 500 costs what page 1 costs).
 */
record RequestPageToken(Instant receivedAt, String id) {
  String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt);
    String raw = micros + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a token names, or null for no token; IllegalArgumentException when it is not one of ours. */
  static RequestPageToken decode(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      long micros = Long.parseLong(raw.substring(0, bar));
      return new RequestPageToken(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), raw.substring(bar + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Invalid page token", e);
    }
  }
}
