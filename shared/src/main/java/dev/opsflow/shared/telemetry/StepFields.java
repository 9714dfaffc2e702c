package dev.opsflow.shared.telemetry;

import java.util.Map;

/**
 * The fields every log line and metric of a step carries: the execution ({@code $$.Execution.Id}), the business
 * request it serves and the state that invoked the step ({@code $$.State.Name}). Any may be null when unknown.
 */
public record StepFields(String executionId, String requestId, String stateName) {

  /**
   * Reads the fields from a handler's input as the state machines pass them: {@code execution_id} (or {@code
   * executionId}), {@code state_name} (or {@code stateName}), {@code request_id} (or {@code requestId}, or {@code
   * request.id} of the intake's execution input). Pass them in a Task's Parameters/Arguments, e.g. {@code
   * "execution_id.$": "$$.Execution.Id", "state_name.$": "$$.State.Name"}.
   */
  public static StepFields from(Map<String, ?> input) {
    if (input == null) {
      return new StepFields(null, null, null);
    }
    String requestId = text(input, "request_id", "requestId");
    if (requestId == null && input.get("request") instanceof Map<?, ?> request && request.get("id") instanceof String id) {
      requestId = id;
    }
    return new StepFields(text(input, "execution_id", "executionId"), requestId, text(input, "state_name", "stateName"));
  }

  private static String text(Map<String, ?> input, String key, String alternative) {
    Object value = input.containsKey(key) ? input.get(key) : input.get(alternative);
    return value instanceof String s && !s.isBlank() ? s : null;
  }
}
