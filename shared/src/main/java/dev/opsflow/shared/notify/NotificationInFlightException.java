package dev.opsflow.shared.notify;

/**
 * Another attempt is sending this notification right now (a duplicate invocation overlapping the first).
 * Retryable: by the next attempt the first one has finished and the notification reads as sent.
 */
public class NotificationInFlightException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotificationInFlightException(String idempotencyKey) {
    super("Notification " + idempotencyKey + " is being sent by another attempt");
  }
}
