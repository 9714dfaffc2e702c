package dev.opsflow.shared.objectstore;

/** The object store could not be read or written (disk, network, permissions): usually worth retrying. */
public class ObjectStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ObjectStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
