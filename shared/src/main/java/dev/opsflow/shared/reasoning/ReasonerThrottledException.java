package dev.opsflow.shared.reasoning;

/**
 * The model provider refused the call for rate or quota reasons. Transient: ASL retries it with backoff by
 * naming this class ({@code dev.opsflow.shared.reasoning.ReasonerThrottledException}) in {@code ErrorEquals}.
 * Moving or renaming it breaks state machines.
 */
public class ReasonerThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReasonerThrottledException(String message, Throwable cause) {
    super(message, cause);
  }
}
