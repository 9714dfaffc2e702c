package dev.opsflow.tofu.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks one typical path through an ASL definition and counts what Step Functions bills: state transitions (one
 * per state entered), and the Lambda invocations on the way, by function placeholder. At a Choice the path takes
 * the rule whose Next names one of the preferred words, else the Default; a state is counted once per walk (a loop
 * is taken once). Parallel counts every branch; Map counts {@code mapItems} iterations.
 */
final class PathWalker {
  private static final Pattern FUNCTION = Pattern.compile("\\$\\{([a-z0-9_]+)_function_arn}");

  /** What one walk found. */
  record Walk(int transitions, Map<String, Integer> invocations) {}

  private final List<String> prefer;
  private final Map<String, String> pinned;
  private final int mapItems;

  PathWalker(List<String> prefer, Map<String, String> pinned, int mapItems) {
    this.prefer = prefer;
    this.pinned = pinned;
    this.mapItems = mapItems;
  }

  Walk walk(JsonNode machine) {
    Map<String, Integer> invocations = new TreeMap<>();
    int transitions = walk(machine, invocations, 1);
    return new Walk(transitions, invocations);
  }

  private int walk(JsonNode machine, Map<String, Integer> invocations, int times) {
    JsonNode states = machine.path("States");
    Set<String> seen = new HashSet<>();
    int transitions = 0;
    String name = machine.path("StartAt").asText(null);
    while (name != null && states.has(name) && seen.add(name)) {
      JsonNode state = states.get(name);
      transitions += times;
      String type = state.path("Type").asText();
      switch (type) {
        case "Task" -> countFunction(state, invocations, times);
        case "Parallel" -> {
          for (JsonNode branch : state.path("Branches")) {
            transitions += walk(branch, invocations, times);
          }
        }
        case "Map" -> {
          JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator");
          transitions += walk(processor, invocations, times * mapItems);
        }
        default -> { }
      }
      name = next(name, state);
    }
    return transitions;
  }

  private String next(String name, JsonNode state) {
    if (!"Choice".equals(state.path("Type").asText())) {
      return state.path("End").asBoolean(false) ? null : state.path("Next").asText(null);
    }
    if (pinned.containsKey(name)) {
      return pinned.get(name);
    }
    for (JsonNode rule : state.path("Choices")) {
      String target = rule.path("Next").asText("");
      if (prefer.stream().anyMatch(target::contains)) {
        return target;
      }
    }
    return state.has("Default") ? state.get("Default").asText() : state.path("Choices").path(0).path("Next").asText(null);
  }

  private static void countFunction(JsonNode state, Map<String, Integer> invocations, int times) {
    Matcher m = FUNCTION.matcher(state.path("Resource").asText() + " " + state.path("Parameters").path("FunctionName").asText()
        + " " + state.path("Arguments").path("FunctionName").asText());
    if (m.find()) {
      invocations.merge(m.group(1).replace('_', '-'), times, Integer::sum);
    }
  }
}
