package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How an execution ended: its status, its output (when it succeeded) or its error and cause, and its history
 * events in the shape GetExecutionHistory returns them.
 */
public record ExecutionResult(
    String executionArn,
    ExecutionStatus status,
    JsonNode output,
    String error,
    String cause,
    List<ObjectNode> history) {}
