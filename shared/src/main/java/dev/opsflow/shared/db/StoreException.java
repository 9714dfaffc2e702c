package dev.opsflow.shared.db;

/**
 * A database operation of the intake stores failed (connection lost, statement refused). Unchecked: callers
 * cannot repair it, and a Lambda reports it as errorType {@code dev.opsflow.shared.db.StoreException}, which the
 * state machines name in a Retry (a database outage is usually transient).
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
