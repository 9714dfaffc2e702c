package dev.opsflow.local.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a PutEvents request, with EventBridge's members: {@code time} (null: when received), {@code
 * source}, {@code resources}, {@code detailType}, {@code detail} (JSON object text), {@code eventBusName} (name or
 * ARN; null: {@code default}) and {@code traceHeader} (accepted, not used locally).
 */
public record PutEventsEntry(
    Instant time, String source, List<String> resources, String detailType, String detail, String eventBusName, String traceHeader) {
  public PutEventsEntry {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** An entry for {@code bus} with no time, resources or trace header. */
  public static PutEventsEntry of(String bus, String source, String detailType, String detail) {
    return new PutEventsEntry(null, source, List.of(), detailType, detail, bus, null);
  }

  /** Its size as EventBridge counts it against the request limit (Time counts 14 bytes). */
  int size() {
    int size = time == null ? 0 : 14;
    size += utf8(source) + utf8(detailType) + utf8(detail);
    for (String resource : resources) {
      size += utf8(resource);
    }
    return size;
  }

  private static int utf8(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }
}
