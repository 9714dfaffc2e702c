package dev.opsflow.shared.ledger;

/**
 * The ledger could not record an entry. Thrown before an external call means the call was not made (audit
 * first); thrown after it means the call happened but its response is not recorded: the step fails and its
 * retry, with the same idempotency key, records it.
 */
public class LedgerWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
