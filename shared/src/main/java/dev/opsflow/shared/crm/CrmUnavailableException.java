package dev.opsflow.shared.crm;

import java.time.Duration;

/**
 * The CRM could not take the call now: throttled (HTTP 429), failing (5xx) or unreachable. Retryable: the intake
 * state machine names {@code dev.opsflow.shared.crm.CrmUnavailableException} in the SyncToCrm state's Retry.
 * {@code retryAfter} is what the CRM asked for, when it said (null otherwise).
 */
public class CrmUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Duration retryAfter;

  public CrmUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
