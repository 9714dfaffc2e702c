package dev.opsflow.local.events;

/** How one attempt to deliver to a target ended. */
public sealed interface DeliveryOutcome {
  /** The target took the event; {@code result} says what it did (the execution ARN, the request id). */
  record Delivered(String result) implements DeliveryOutcome {}

  /**
   * A failure that may pass (throttling, an outage, a function error): retried under the target's retry policy,
   * but at most {@code retryCap} times when that is not null (Lambda retries a function error twice).
   */
  record Retry(String errorCode, String errorMessage, Integer retryCap) implements DeliveryOutcome {}

  /** A failure retrying cannot fix (the target does not exist, the input is not JSON): dead-lettered at once. */
  record Reject(String errorCode, String errorMessage) implements DeliveryOutcome {}
}
