package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one-state machine that TestState runs: the tested state without its retriers (TestState reports a
 * retriable error instead of retrying), a Succeed placeholder for every state it can transition to (so the
 * transition shows in the history as the next state entered), and, when variables are given, a first Pass state
 * that assigns them.
 */
final class TestStateMachines {
  static final String DEFAULT_STATE_NAME = "TestState";
  private static final String VARIABLES_STATE = "__opsflow_test_state_variables";

  private TestStateMachines() {}

  /** The state under test, its name and the query language of the machine it came from (null for the default). */
  record Target(String name, ObjectNode state, String queryLanguage) {}

  static Target target(ObjectNode definition, String stateName) {
    if (!definition.has("States")) {
      return new Target(stateName == null ? DEFAULT_STATE_NAME : stateName, definition, null);
    }
    if (stateName == null) {
      throw ApiErrors.validation("A stateName is required to test a state of a state machine definition");
    }
    String language = definition.path("QueryLanguage").isTextual() ? definition.get("QueryLanguage").asText() : null;
    return find(definition, stateName)
        .map(state -> new Target(stateName, state, language))
        .orElseThrow(() -> ApiErrors.validation("State not found in definition"));
  }

  /** Looks for {@code name} in a machine's States, its Parallel branches and Map processors. */
  private static Optional<ObjectNode> find(JsonNode machine, String name) {
    JsonNode states = machine.path("States");
    if (states.get(name) instanceof ObjectNode state) {
      return Optional.of(state);
    }
    for (JsonNode state : states) {
      for (JsonNode branch : state.path("Branches")) {
        Optional<ObjectNode> found = find(branch, name);
        if (found.isPresent()) {
          return found;
        }
      }
      for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
        if (state.has(processor)) {
          Optional<ObjectNode> found = find(state.get(processor), name);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  static ObjectNode wrap(Target target, JsonNode variables) {
    ObjectNode machine = Json.MAPPER.createObjectNode();
    if (target.queryLanguage() != null) {
      machine.put("QueryLanguage", target.queryLanguage());
    }
    ObjectNode states = Json.MAPPER.createObjectNode();
    if (variables != null && !variables.isEmpty()) {
      machine.put("StartAt", VARIABLES_STATE);
      ObjectNode assign = states.putObject(VARIABLES_STATE);
      assign.put("Type", "Pass");
      assign.set("Assign", variables);
      assign.put("Next", target.name());
    } else {
      machine.put("StartAt", target.name());
    }
    ObjectNode tested = target.state().deepCopy();
    tested.remove("Retry");
    states.set(target.name(), tested);
    for (String next : transitions(tested)) {
      if (!states.has(next)) {
        states.putObject(next).put("Type", "Succeed");
      }
    }
    machine.set("States", states);
    return machine;
  }

  private static Set<String> transitions(JsonNode state) {
    Set<String> targets = new LinkedHashSet<>();
    addText(targets, state.get("Next"));
    addText(targets, state.get("Default"));
    for (JsonNode choice : state.path("Choices")) {
      addText(targets, choice.get("Next"));
    }
    for (JsonNode catcher : state.path("Catch")) {
      addText(targets, catcher.get("Next"));
    }
    return targets;
  }

  private static void addText(Set<String> targets, JsonNode node) {
    if (node != null && node.isTextual()) {
      targets.add(node.asText());
    }
  }
}
