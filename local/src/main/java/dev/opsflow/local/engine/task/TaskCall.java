package dev.opsflow.local.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of a task's resource. {@code idempotencyKey} is (execution, state, entry count, attempt): a
 * re-invocation after a crash carries the same key, so handlers can tell a repeat from new work. {@code requestId}
 * (may be null) is the business request the execution serves, for logs; {@code startedEventId} is the history
 * event that opened this invocation (TaskStarted or LambdaFunctionStarted), from which telemetry derives the
 * invocation's span, or 0 when the call was not made by an execution (TestState).
 */
public record TaskCall(
    TaskResource resource,
    JsonNode input,
    String executionArn,
    String stateName,
    String idempotencyKey,
    String region,
    String requestId,
    long startedEventId) {

  /** A call outside any recorded history (no request, no started event). */
  public TaskCall(TaskResource resource, JsonNode input, String executionArn, String stateName, String idempotencyKey, String region) {
    this(resource, input, executionArn, stateName, idempotencyKey, region, null, 0);
  }
}
