package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON paths EventBridge accepts in {@code InputPath} and {@code InputPathsMap}: {@code $}, then dot
 * notation with names of letters, digits, dashes, underscores and slashes, array indices ({@code [0]}) and the
 * wildcard {@code *} (which gathers its matches into an array). Bracketed names are not EventBridge syntax.
 */
final class EventPath {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_\\-/]+|\\*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final String text;
  private final List<Step> steps;

  private sealed interface Step {}

  private record Field(String name) implements Step {}

  private record Index(int index) implements Step {}

  private record Wildcard() implements Step {}

  private EventPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = steps;
  }

  /** Parses {@code path}; throws {@link EventsApiException} (ValidationException) when it is not a supported path. */
  static EventPath parse(String path) {
    if (path == null || !path.startsWith("$")) {
      throw EventsApiException.validation("Invalid JSON path: '" + path + "' (must start with $)");
    }
    List<Step> steps = new ArrayList<>();
    String rest = path.substring(1);
    Matcher leadingIndex = INDEX.matcher(rest);
    while (leadingIndex.lookingAt()) {
      steps.add(new Index(Integer.parseInt(leadingIndex.group(1))));
      rest = rest.substring(leadingIndex.end());
      leadingIndex = INDEX.matcher(rest);
    }
    for (String segment : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!rest.startsWith(".") || !m.matches()) {
        throw EventsApiException.validation("Invalid JSON path: '" + path + "'");
      }
      steps.add(m.group(1).equals("*") ? new Wildcard() : new Field(m.group(1)));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        steps.add(new Index(Integer.parseInt(index.group(1))));
      }
    }
    return new EventPath(path, List.copyOf(steps));
  }

  /** The value at this path in {@code document}; empty when nothing is there. A wildcard yields an array. */
  Optional<JsonNode> read(JsonNode document) {
    List<JsonNode> current = List.of(document);
    boolean gathered = false;
    for (Step step : steps) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        switch (step) {
          case Field f -> addIfPresent(next, node.isObject() ? node.get(f.name()) : null);
          case Index i -> addIfPresent(next, node.isArray() ? node.get(i.index()) : null);
          case Wildcard w -> {
            gathered = true;
            node.forEach(next::add);
          }
        }
      }
      current = next;
    }
    if (gathered) {
      ArrayNode array = Json.MAPPER.createArrayNode();
      current.forEach(array::add);
      return Optional.of(array);
    }
    return current.isEmpty() ? Optional.empty() : Optional.of(current.getFirst());
  }

  private static void addIfPresent(List<JsonNode> into, JsonNode node) {
    if (node != null) {
      into.add(node);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
