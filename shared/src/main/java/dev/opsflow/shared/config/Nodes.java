package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Small readers over schema-validated JSON trees, so the record factories stay declarative. They assume the
 * schema already enforced types and required keys; optional keys read as empty or a default.
 */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode node, String key) {
    return node.path(key).asText();
  }

  static String textOrNull(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  static boolean bool(JsonNode node, String key, boolean fallback) {
    JsonNode value = node.get(key);
    return value == null ? fallback : value.asBoolean();
  }

  static List<String> strings(JsonNode array) {
    return list(array, JsonNode::asText);
  }

  static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    List<T> out = new ArrayList<>();
    array.forEach(element -> out.add(item.apply(element)));
    return List.copyOf(out);
  }

  /** An object's entries in file order, each value mapped with its key. */
  static <T> Map<String, T> map(JsonNode object, BiFunction<String, JsonNode, T> value) {
    Map<String, T> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), value.apply(e.getKey(), e.getValue())));
    return Collections.unmodifiableMap(out);
  }

  /** An unmodifiable copy that keeps iteration order (Map.copyOf does not). */
  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
