package dev.opsflow.local.events;

import java.time.Duration;
import java.util.Map;

/**
 * How the local bus behaves: the region and account in its ARNs and events, the retry policy of targets that
 * name none ({@code defaultRetry}; EventBridge's 185 retries in 24 hours), the backoff between attempts
 * (exponential from {@code retryBaseDelay}, capped at {@code retryMaxDelay}, with jitter), how many times a
 * Lambda target's function error is retried (Lambda's asynchronous invocation retries twice), the PutEvents
 * request size limit, and how long a worker's claim on a delivery lasts.
 */
public record BusSettings(
    String region,
    String account,
    RetryPolicy defaultRetry,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    int lambdaFunctionErrorRetries,
    int maxRequestBytes,
    Duration lease) {
  public static final int DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

  public BusSettings {
    if (retryBaseDelay.isNegative() || retryMaxDelay.compareTo(retryBaseDelay) < 0 || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("retry delays must be 0 <= base <= max and the lease positive");
    }
    if (lambdaFunctionErrorRetries < 0 || maxRequestBytes < 1) {
      throw new IllegalArgumentException("lambdaFunctionErrorRetries must be >= 0 and maxRequestBytes >= 1");
    }
  }

  public static BusSettings defaults(String region, String account) {
    return new BusSettings(
        region, account, RetryPolicy.EVENTBRIDGE_DEFAULT, Duration.ofSeconds(1), Duration.ofMinutes(8), 2, DEFAULT_MAX_REQUEST_BYTES,
        Duration.ofSeconds(60));
  }

  /**
   * The defaults with the environment's overrides: {@code OPSFLOW_EVENTS_MAX_RETRIES} (0-185), {@code
   * OPSFLOW_EVENTS_MAX_EVENT_AGE_SECONDS} (60-86400), {@code OPSFLOW_EVENTS_RETRY_BASE_MILLIS}, {@code
   * OPSFLOW_EVENTS_RETRY_MAX_MILLIS}, {@code OPSFLOW_EVENTS_MAX_REQUEST_BYTES}.
   */
  public static BusSettings from(Map<String, String> env, String region, String account) {
    BusSettings d = defaults(region, account);
    RetryPolicy retry =
        new RetryPolicy(
            number(env, "OPSFLOW_EVENTS_MAX_RETRIES", d.defaultRetry.maximumRetryAttempts()),
            Duration.ofSeconds(number(env, "OPSFLOW_EVENTS_MAX_EVENT_AGE_SECONDS", (int) d.defaultRetry.maximumEventAge().toSeconds())));
    return new BusSettings(
        region,
        account,
        retry,
        Duration.ofMillis(number(env, "OPSFLOW_EVENTS_RETRY_BASE_MILLIS", (int) d.retryBaseDelay.toMillis())),
        Duration.ofMillis(number(env, "OPSFLOW_EVENTS_RETRY_MAX_MILLIS", (int) d.retryMaxDelay.toMillis())),
        d.lambdaFunctionErrorRetries,
        number(env, "OPSFLOW_EVENTS_MAX_REQUEST_BYTES", d.maxRequestBytes),
        d.lease);
  }

  public BusSettings withDefaultRetry(RetryPolicy retry) {
    return new BusSettings(region, account, retry, retryBaseDelay, retryMaxDelay, lambdaFunctionErrorRetries, maxRequestBytes, lease);
  }

  public BusSettings withRetryDelays(Duration base, Duration max) {
    return new BusSettings(region, account, defaultRetry, base, max, lambdaFunctionErrorRetries, maxRequestBytes, lease);
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
    }
  }
}
