package dev.opsflow.local.events;

import java.time.Duration;

/**
 * How long a target's deliveries are retried, as EventBridge's {@code RetryPolicy}: at most {@code
 * maximumRetryAttempts} retries after the first attempt, and none once the event is older than {@code
 * maximumEventAge}. EventBridge's default is 185 retries within 24 hours.
 */
public record RetryPolicy(int maximumRetryAttempts, Duration maximumEventAge) {
  public static final RetryPolicy EVENTBRIDGE_DEFAULT = new RetryPolicy(185, Duration.ofHours(24));

  public RetryPolicy {
    if (maximumRetryAttempts < 0 || maximumRetryAttempts > 185) {
      throw new IllegalArgumentException("MaximumRetryAttempts must be between 0 and 185, not " + maximumRetryAttempts);
    }
    if (maximumEventAge == null || maximumEventAge.toSeconds() < 60 || maximumEventAge.toSeconds() > 86_400) {
      throw new IllegalArgumentException("MaximumEventAgeInSeconds must be between 60 and 86400, not " + maximumEventAge);
    }
  }
}
