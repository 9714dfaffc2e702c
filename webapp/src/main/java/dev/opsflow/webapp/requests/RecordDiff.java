package dev.opsflow.webapp.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What changed between two revisions of a record, field by field (added, changed, removed), in field order. */
public final class RecordDiff {
  private RecordDiff() {}

  /** One field's change; {@code before} is null for an added field, {@code after} for a removed one. */
  public record Change(String field, String before, String after) {
    public String kind() {
      return before == null ? "added" : after == null ? "removed" : "changed";
    }
  }

  public static List<Change> between(ObjectNode before, ObjectNode after) {
    TreeSet<String> names = new TreeSet<>();
    if (before != null) {
      before.fieldNames().forEachRemaining(names::add);
    }
    after.fieldNames().forEachRemaining(names::add);
    List<Change> changes = new ArrayList<>();
    for (String name : names) {
      String was = text(before == null ? null : before.get(name));
      String now = text(after.get(name));
      if (was == null ? now != null : !was.equals(now)) {
        changes.add(new Change(name, was, now));
      }
    }
    return changes;
  }

  static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : Json.write(value);
  }
}
