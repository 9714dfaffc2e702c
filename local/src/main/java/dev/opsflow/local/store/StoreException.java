package dev.opsflow.local.store;

import java.io.Serial;

/**
 * A database failure inside the PostgreSQL store (lost connection, constraint the code did not expect). The
 * engine's store contract has no checked exceptions, so the {@link java.sql.SQLException} travels wrapped.
 */
public final class StoreException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
