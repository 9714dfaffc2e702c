package dev.opsflow.shared.secrets;

/** An integration's secret, or a field of it, does not exist. The message names it, never a secret value. */
public class SecretNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecretNotFoundException(String message) {
    super(message);
  }

  public SecretNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
