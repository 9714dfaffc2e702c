package dev.opsflow.shared.notify;

/**
 * The provider refused the message and will refuse it again (a bad address, an unverified sender, a missing
 * permission, no notifier for the channel). Not retryable: the ASL catches
 * {@code dev.opsflow.shared.notify.NotificationRejectedException} and alerts an operator.
 */
public class NotificationRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotificationRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
