package dev.opsflow.shared.notify;

/**
 * The provider could not take the message now (throttled, failing, unreachable). Retryable: the ASL names
 * {@code dev.opsflow.shared.notify.NotifierUnavailableException} in the notifying states' Retry.
 */
public class NotifierUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotifierUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
