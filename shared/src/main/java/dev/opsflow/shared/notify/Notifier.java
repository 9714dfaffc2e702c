package dev.opsflow.shared.notify;

/**
 * Sends one message through one channel's provider (SES, SNS, Slack) or captures it in the local outbox. Not
 * idempotent by itself: {@link NotificationService} guards the key. Failures are
 * {@link NotifierUnavailableException} (retry later) or {@link NotificationRejectedException} (never as sent).
 */
public interface Notifier {
  Delivery send(Notification notification);
}
