package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.StateMachineType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema pass over a whole definition: the top-level object, then every state, descending into Parallel
 * branches and Map item processors (which are state machines of their own, without a QueryLanguage of their own).
 */
final class MachineChecker {
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");

  private final Findings findings;
  private final StateChecker states;

  MachineChecker(QueryLanguage language, StateMachineType type, Findings findings) {
    this.findings = findings;
    this.states = new StateChecker(new MachineContext(language, type, findings, this));
  }

  void checkTopLevel(JsonNode root) {
    unsupportedFields(root, Location.ROOT, TOP_LEVEL_FIELDS);
    requiredFields(root, Location.ROOT);
    QueryLanguage.checkField(root.get("QueryLanguage"), Location.ROOT.field("QueryLanguage"), findings);
    JsonNode version = root.get("Version");
    if (version != null && FieldChecks.string(version, Location.ROOT.field("Version"), findings)
        && !"1.0".equals(version.asText())) {
      findings.schema(Location.ROOT.field("Version"), "Value should be one of the following: [1.0]");
    }
    if (root.has("TimeoutSeconds")) {
      FieldChecks.integer(root.get("TimeoutSeconds"), Location.ROOT.field("TimeoutSeconds"), findings, 1, null);
    }
    if (root.has("Comment")) {
      FieldChecks.string(root.get("Comment"), Location.ROOT.field("Comment"), findings);
    }
    checkStates(root, Location.ROOT);
  }

  /** A branch or item processor: only {@code allowed} fields (never QueryLanguage), then its states. */
  void checkNested(JsonNode machine, Location at, Set<String> allowed) {
    if (!FieldChecks.object(machine, at, findings)) {
      return;
    }
    unsupportedFields(machine, at, allowed);
    requiredFields(machine, at);
    checkStates(machine, at);
  }

  private void checkStates(JsonNode machine, Location at) {
    if (machine.has("StartAt")) {
      FieldChecks.string(machine.get("StartAt"), at.field("StartAt"), findings);
    }
    JsonNode stateMap = machine.get("States");
    if (stateMap == null || !FieldChecks.object(stateMap, at.field("States"), findings)) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = stateMap.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      states.check(state.getKey(), state.getValue(), at.field("States").field(state.getKey()));
    }
  }

  private void unsupportedFields(JsonNode object, Location at, Set<String> allowed) {
    object.fieldNames().forEachRemaining(field -> {
      if (!allowed.contains(field)) {
        findings.notSupported(at, field);
      }
    });
  }

  private void requiredFields(JsonNode machine, Location at) {
    List<String> missing = List.of("StartAt", "States").stream().filter(f -> !machine.has(f)).toList();
    if (!missing.isEmpty()) {
      findings.schema(at, "These fields are required: [" + String.join(", ", missing) + "]");
    }
  }
}
