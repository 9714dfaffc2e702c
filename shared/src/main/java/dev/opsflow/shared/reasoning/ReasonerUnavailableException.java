package dev.opsflow.shared.reasoning;

/**
 * The model provider failed transiently (server error, model not ready, timeout, connection failure). ASL
 * retries it by naming {@code dev.opsflow.shared.reasoning.ReasonerUnavailableException}; a public API name.
 */
public class ReasonerUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReasonerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
