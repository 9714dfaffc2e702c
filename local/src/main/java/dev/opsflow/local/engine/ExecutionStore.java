package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where executions live between steps. A step is committed atomically: the checkpoint, its history events, its
 * new work items and token changes, and the removal of the work item it consumed. The in-memory store serves
 * tests and one-shot runs; the PostgreSQL store makes the same contract durable.
 */
public interface ExecutionStore {
  /** Stores a new execution and its first step; false when an execution of that ARN exists already. */
  boolean create(Step first);

  Optional<ExecutionState> find(String executionArn);

  /** Commits {@code step}; {@code consumed} (may be null) is the work item it processed. */
  void commit(Step step, WorkItem consumed);

  /** Takes the next work item due at {@code now}, if any; it stays claimed until committed or released. */
  Optional<WorkItem> claim(Instant now);

  /** Gives back a claimed item untouched (e.g. its step failed to commit). */
  void release(WorkItem item);

  /** The earliest due time of any unclaimed work item. */
  Optional<Instant> nextDue();

  /** History events of an execution, in id order. */
  List<ObjectNode> history(String executionArn);

  /** Executions of a state machine (all when null), newest first. */
  List<ExecutionState> executions(String stateMachineArn);

  /** Task tokens awaiting an answer. */
  List<Step.TokenChange> openTokens();
}
