package dev.opsflow.shared.ingress;

import dev.opsflow.shared.objectstore.ObjectStore;
import java.nio.charset.StandardCharsets;

/** Puts a payload inline, or in the object store when it is over the inline limit. */
public final class Bodies {
  /** The payload's text, or (over the limit) null and the object key holding it; its size in bytes. */
  public record Placed(String body, String bodyRef, int size) {}

  private Bodies() {}

  public static Placed place(String text, int inlineLimitBytes, ObjectStore objects, String key, String contentType) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= inlineLimitBytes) {
      return new Placed(text, null, bytes.length);
    }
    return new Placed(null, objects.put(key, bytes, contentType).key(), bytes.length);
  }
}
