package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.api.ExecutionShapes.DataDetails;
import dev.opsflow.local.api.ExecutionShapes.DescribeExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.time.Instant;

/** How the API shows an engine's {@link ExecutionState}: DescribeExecution and list items. */
final class ExecutionViews {
  private static final DataDetails INCLUDED = new DataDetails(true);

  private ExecutionViews() {}

  static DescribeExecutionResponse describe(ExecutionState ex, Instant redriveDate) {
    boolean succeeded = ex.status() == ExecutionStatus.SUCCEEDED;
    return new DescribeExecutionResponse(
        ex.executionArn(),
        ex.stateMachineArn(),
        ex.name(),
        ex.status().name(),
        ex.startTime(),
        ex.stopTime(),
        text(ex.input()),
        INCLUDED,
        succeeded ? text(ex.output()) : null,
        succeeded ? INCLUDED : null,
        ex.error(),
        ex.cause(),
        ex.redriveCount(),
        redriveDate,
        redriveStatus(ex),
        redriveStatusReason(ex),
        ex.businessKey());
  }

  static ExecutionListItem listItem(ExecutionState ex, boolean withBusinessKey) {
    return new ExecutionListItem(
        ex.executionArn(),
        ex.stateMachineArn(),
        ex.name(),
        ex.status().name(),
        ex.startTime(),
        ex.stopTime(),
        ex.redriveCount() > 0 ? ex.redriveCount() : null,
        null,
        withBusinessKey ? ex.businessKey() : null);
  }

  /** AWS: failed, aborted and timed-out Standard executions are redrivable; others say why not. */
  static String redriveStatus(ExecutionState ex) {
    if (ex.type() == StateMachineType.EXPRESS) {
      return null;
    }
    return redriveStatusReason(ex) == null ? "REDRIVABLE" : "NOT_REDRIVABLE";
  }

  static String redriveStatusReason(ExecutionState ex) {
    return switch (ex.status()) {
      case RUNNING, SUCCEEDED, PENDING_REDRIVE -> "Execution is " + ex.status().name() + " and cannot be redriven.";
      case FAILED, ABORTED, TIMED_OUT -> null;
    };
  }

  static String text(JsonNode node) {
    return node == null ? null : Json.write(node);
  }
}
