package dev.opsflow.shared.crm;

/**
 * The CRM refused the call and will refuse it again (HTTP 4xx other than 429: invalid property, missing scope,
 * bad token). Not retryable: the state machine catches {@code dev.opsflow.shared.crm.CrmRejectedException} and
 * alerts an operator. {@code status} is the HTTP status (0 when not from HTTP); the message carries the CRM's reason.
 */
public class CrmRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public CrmRejectedException(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
