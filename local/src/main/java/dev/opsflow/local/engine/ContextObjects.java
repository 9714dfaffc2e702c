package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds the context object ({@code $$} in JSONPath, {@code $states.context} in JSONata). */
final class ContextObjects {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ContextObjects() {}

  static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  static ObjectNode of(ExecutionState execution, Frame frame, String stateName, boolean retriable) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode context = f.objectNode();
    ObjectNode exec = context.putObject("Execution");
    exec.put("Id", execution.executionArn);
    exec.set("Input", execution.input);
    exec.put("StartTime", timestamp(execution.startTime));
    exec.put("Name", execution.name);
    exec.put("RoleArn", execution.roleArn);
    if (execution.type != StateMachineType.EXPRESS) {
      exec.put("RedriveCount", execution.redriveCount); // Express executions cannot be redriven
    }
    if (execution.redriveTime != null) {
      exec.put("RedriveTime", timestamp(execution.redriveTime));
    }
    ObjectNode state = context.putObject("State");
    state.put("EnteredTime", timestamp(frame.enteredTime == null ? execution.startTime : frame.enteredTime));
    state.put("Name", stateName);
    if (retriable) {
      // Only states that can retry (Task, Parallel, Map) carry RetryCount.
      state.put("RetryCount", frame.retryCount);
    }
    ObjectNode machine = context.putObject("StateMachine");
    machine.put("Id", execution.stateMachineArn);
    machine.put("Name", execution.stateMachineName);
    if (frame.taskToken != null) {
      context.putObject("Task").put("Token", frame.taskToken);
    }
    return context;
  }

  /** The context seen by a Map's ItemSelector for one item. */
  static ObjectNode withMapItem(ObjectNode context, int index, JsonNode value) {
    ObjectNode copy = context.deepCopy();
    ObjectNode item = copy.putObject("Map").putObject("Item");
    item.put("Index", index);
    item.set("Value", value);
    return copy;
  }
}
