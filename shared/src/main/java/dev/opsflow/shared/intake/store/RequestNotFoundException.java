package dev.opsflow.shared.intake.store;

/**
 * A step named a request that is not stored. Not retryable: the ASL catches it as a failure of the workflow
 * ({@code dev.opsflow.shared.intake.store.RequestNotFoundException}).
 */
public class RequestNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestNotFoundException(String requestId) {
    super("No such request: " + requestId);
  }
}
