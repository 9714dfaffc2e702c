package dev.opsflow.shared.secrets;

/**
 * A step asked for the secret of an integration it is not allowed to use (least privilege: the Stripe step sees
 * only Stripe's key). In AWS the function's IAM policy refuses the same request.
 */
public class SecretScopeException extends SecurityException {
  private static final long serialVersionUID = 1L;

  public SecretScopeException(String message) {
    super(message);
  }
}
