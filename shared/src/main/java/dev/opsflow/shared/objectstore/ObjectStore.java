package dev.opsflow.shared.objectstore;

/**
 * Where opsflow keeps files: attachments of inbound messages, raw emails, payloads too large to pass inline. In
 * AWS an S3 bucket ({@link S3ObjectStore}); on one machine a directory under the node's data directory ({@link
 * FileObjectStore}). Keys are relative paths of {@code [A-Za-z0-9._-]} segments joined by {@code /}, so the same key
 * is valid in both; {@link ObjectKeys} builds them. Writing a key again replaces the object (both stores), which
 * makes a retried write harmless when the key derives from the message it belongs to.
 */
public interface ObjectStore {
  /** Stores {@code bytes} under {@code key} and returns what was stored. */
  StoredObject put(String key, byte[] bytes, String contentType);

  /** The bytes under {@code key}; throws {@link ObjectNotFoundException} when there are none. */
  byte[] get(String key);

  /** True when an object exists under {@code key}. */
  boolean exists(String key);
}
