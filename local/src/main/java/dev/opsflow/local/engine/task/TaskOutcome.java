package dev.opsflow.local.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/** How a task invocation ended. */
public sealed interface TaskOutcome {
  record Succeeded(JsonNode output) implements TaskOutcome {}

  record Failed(String error, String cause) implements TaskOutcome {}
}
