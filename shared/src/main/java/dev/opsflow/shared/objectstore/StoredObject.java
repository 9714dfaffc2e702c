package dev.opsflow.shared.objectstore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;

/**
 * A reference to an object in the {@link ObjectStore}: what a payload carries instead of the bytes. Its JSON form
 * {@code {"key","content_type","size"}} is the attachment shape of the intake request (HELPER_COMMON's contract).
 */
public record StoredObject(String key, String contentType, long size) {
  public StoredObject {
    ObjectKeys.check(key);
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0");
    }
  }

  /** {@code {"key": ..., "content_type": ..., "size": ...}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("key", key);
    node.put("content_type", contentType);
    node.put("size", size);
    return node;
  }
}
