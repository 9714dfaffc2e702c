package dev.opsflow.local.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of a task's resource. {@code idempotencyKey} is (execution, state, entry count, attempt): a
 * re-invocation after a crash carries the same key, so handlers can tell a repeat from new work.
 */
public record TaskCall(
    TaskResource resource, JsonNode input, String executionArn, String stateName, String idempotencyKey, String region) {}
