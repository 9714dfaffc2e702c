package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph pass, per state container (innermost first, as AWS reports them): every StartAt, Next, Default,
 * Choices[].Next and Catch[].Next names a state of the same container; every state is the target of some
 * transition; and the top-level machine has a terminal state (when it has none, AWS reports only that, not the
 * unreachable states).
 */
final class TransitionChecker {
  private static final String CODE = "MISSING_TRANSITION_TARGET";

  private record Target(String state, Location at) {}

  private final Findings findings;

  TransitionChecker(Findings findings) {
    this.findings = findings;
  }

  void check(JsonNode root) {
    scope(root, Location.ROOT, true);
  }

  private void scope(JsonNode machine, Location at, boolean topLevel) {
    JsonNode states = machine.get("States");
    if (states == null || !states.isObject()) {
      return;
    }
    NestedMachines.forEach(states, at.field("States"), (nested, nestedAt) -> scope(nested, nestedAt, false));
    List<Target> targets = new ArrayList<>();
    addTarget(targets, machine.get("StartAt"), at.field("StartAt"));
    boolean terminal = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      terminal |= isTerminal(state.getValue());
      collectTargets(state.getValue(), at.field("States").field(state.getKey()), targets);
    }
    for (Target target : targets) {
      if (!states.has(target.state())) {
        findings.error(CODE, "Missing 'Next' target: " + target.state(), target.at());
      }
    }
    if (topLevel && !terminal) {
      findings.error("MISSING_END_STATE", "Workflow has no terminal state", null);
      return;
    }
    Set<String> targeted = new HashSet<>();
    targets.forEach(t -> targeted.add(t.state()));
    states.fieldNames().forEachRemaining(name -> {
      if (!targeted.contains(name)) {
        findings.error(CODE, "State \"" + name + "\" is not reachable.", at.field("States").field(name));
      }
    });
  }

  private static boolean isTerminal(JsonNode state) {
    if (!state.isObject()) {
      return false;
    }
    String type = state.path("Type").asText("");
    return type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false);
  }

  /** The state's targets in the order its fields are written, as AWS walks them. */
  private static void collectTargets(JsonNode state, Location at, List<Target> targets) {
    if (!state.isObject()) {
      return;
    }
    for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      switch (field) {
        case "Next", "Default" -> addTarget(targets, state.get(field), at.field(field));
        case "Choices", "Catch" -> {
          JsonNode entries = state.get(field);
          for (int i = 0; entries.isArray() && i < entries.size(); i++) {
            addTarget(targets, entries.get(i).get("Next"), at.field(field).index(i).field("Next"));
          }
        }
        default -> {
          // not a transition
        }
      }
    }
  }

  private static void addTarget(List<Target> targets, JsonNode name, Location at) {
    if (name != null && name.isTextual()) {
      targets.add(new Target(name.asText(), at));
    }
  }
}
