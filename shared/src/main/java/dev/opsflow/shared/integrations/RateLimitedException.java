package dev.opsflow.shared.integrations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API refused for now (HTTP 429) and said when to come back ({@code Retry-After}, or a default when it did
 * not). ASL Retry cannot read that delay, so a workflow catches this error and waits in a Wait state for exactly
 * {@link #retryAfterSeconds()}: the message starts with {@code Retry-After: <seconds>} so that the Catch can read
 * it from the error's Cause ({@code $match(..., /Retry-After: (\d+)/)}). Keep that prefix: it is API.
 */
public final class RateLimitedException extends IntegrationException {
  private static final long serialVersionUID = 1L;
  private static final Pattern PREFIX = Pattern.compile("^Retry-After: (\\d+)");

  private final long retryAfterSeconds;

  public RateLimitedException(String integration, long retryAfterSeconds, String detail) {
    super(integration, "Retry-After: " + retryAfterSeconds + " s; " + integration + " is rate limiting us (" + detail + ")", null);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The delay a message of this exception carries, or -1 (the inverse of the message format, for tests and tools). */
  public static long retryAfterSeconds(String message) {
    Matcher m = PREFIX.matcher(message == null ? "" : message);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
