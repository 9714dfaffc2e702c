package dev.opsflow.local.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque {@code nextToken}s of execution listings: the start time and ARN of the last execution shown (keyset
 * paging, so a page is stable while new executions start).
 */
final class PageTokens {
  private PageTokens() {}

  static String encode(ExecutionRows.PageStart start) {
    String raw = start.startTime().getEpochSecond() + "." + start.startTime().getNano() + "|" + start.arn();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a token names, or null for no token; IllegalArgumentException when it is not ours. */
  static ExecutionRows.PageStart decode(String token) {
    if (token == null) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      String[] time = raw.substring(0, bar).split("\\.");
      Instant startTime = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
      return new ExecutionRows.PageStart(startTime, raw.substring(bar + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Invalid Token: 'Invalid token'", e);
    }
  }
}
