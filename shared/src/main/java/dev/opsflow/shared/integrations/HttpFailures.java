package dev.opsflow.shared.integrations;

import dev.opsflow.shared.ledger.HttpResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How an HTTP status becomes one of the integration exceptions: 2xx passes, 429 is {@link RateLimitedException}
 * (with the Retry-After delay), 408 and 5xx are {@link TransientIntegrationException}, any other status is {@link
 * PermanentIntegrationException}.
 */
public final class HttpFailures {
  /** When a 429 names no delay. */
  public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;
  /** The longest wait honoured: beyond it, something is wrong enough to ask a person. */
  public static final long MAX_RETRY_AFTER_SECONDS = 900;

  private HttpFailures() {}

  /** Returns {@code result} when it succeeded; otherwise throws the exception its status calls for. */
  public static HttpResult check(String integration, HttpResult result, String apiError, Clock clock) {
    if (result.isSuccess()) {
      return result;
    }
    throw failure(integration, result, apiError, clock);
  }

  /** The exception for a failed result; {@code apiError} is the API's own error code, if any (never a secret). */
  public static IntegrationException failure(String integration, HttpResult result, String apiError, Clock clock) {
    int status = result.status();
    String detail = "HTTP " + status + (apiError == null || apiError.isBlank() ? "" : " " + apiError);
    if (status == 429) {
      return new RateLimitedException(integration, retryAfterSeconds(result, clock), detail);
    }
    if (status == 408 || status >= 500) {
      return new TransientIntegrationException(integration, integration + " failed for now: " + detail);
    }
    return new PermanentIntegrationException(integration, integration + " refused the request: " + detail);
  }

  /** The Retry-After header (seconds or an HTTP date) in seconds, clamped to 1 .. {@value #MAX_RETRY_AFTER_SECONDS}. */
  public static long retryAfterSeconds(HttpResult result, Clock clock) {
    long seconds =
        result.header("Retry-After")
            .map(value -> parse(value.trim(), clock))
            .orElse(DEFAULT_RETRY_AFTER_SECONDS);
    return Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, seconds));
  }

  private static long parse(String value, Clock clock) {
    try {
      return (long) Math.ceil(Double.parseDouble(value));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Duration.between(clock.instant(), when).toSeconds();
      } catch (DateTimeParseException notDate) {
        return DEFAULT_RETRY_AFTER_SECONDS;
      }
    }
  }
}
