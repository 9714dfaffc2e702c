package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A committed step as an {@link EngineObserver} sees it: which execution, its status after the step, and the
 * history events the step appended (in id order, as {@code GetExecutionHistory} returns them; do not modify).
 * {@code requestId} is the business request the execution serves (its business key, else {@code request.id} of
 * its input), or null.
 */
public record CommittedStep(
    String executionArn,
    String stateMachineName,
    String executionName,
    String requestId,
    ExecutionStatus status,
    Instant startTime,
    List<ObjectNode> events) {

  static CommittedStep of(Step step) {
    ExecutionState ex = step.execution();
    return new CommittedStep(
        ex.executionArn, ex.stateMachineName, ex.name, RequestIds.of(ex), ex.status, ex.startTime, List.copyOf(step.events()));
  }
}
