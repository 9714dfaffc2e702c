package dev.opsflow.local.events;

/**
 * Why an event is in the dead-letter store: no enabled rule with targets matched it, or a delivery ended without
 * success (EventBridge's exhausted-retry conditions, or an error retrying cannot fix, such as a missing target).
 */
public enum DeadLetterReason {
  NO_MATCHING_RULE,
  MAXIMUM_RETRY_ATTEMPTS,
  MAXIMUM_EVENT_AGE,
  NON_RETRYABLE_ERROR
}
