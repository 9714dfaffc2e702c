package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where executions live between steps. A step is committed atomically: the checkpoint, its history events, its
 * new work items and token changes, and the removal of the work item it consumed. Commits are optimistic: each
 * checkpoint carries the version it was loaded at, and a commit against a newer version is refused, so several
 * workers (threads or processes) can share one store. The in-memory store serves tests and one-shot runs; the
 * PostgreSQL store makes the same contract durable.
 */
public interface ExecutionStore {
  /** Stores a new execution and its first step; false when an execution of that ARN exists already. */
  boolean create(Step first);

  /** A private copy of the execution's checkpoint, which the caller may change and commit. */
  Optional<ExecutionState> find(String executionArn);

  /**
   * Commits {@code step} (the store takes the step's checkpoint over: the caller must not change it afterwards);
   * {@code consumed} (may be null) is the work item it processed, which is deleted. Returns
   * false, changing nothing, when the execution was committed by someone else since it was loaded.
   */
  boolean commit(Step step, WorkItem consumed);

  /**
   * Claims the next work item due at {@code now} that is not leased, leasing it to {@code workerId} for
   * {@code lease}. A worker that dies leaves its item to be claimed again when the lease expires.
   */
  Optional<WorkItem> claim(Instant now, String workerId, Duration lease);

  /** Gives back a claimed item untouched, to be claimed again at once. */
  void release(WorkItem item);

  /** The earliest due time of any work item not leased. */
  Optional<Instant> nextDue();

  /** History events of an execution, in id order. */
  List<ObjectNode> history(String executionArn);

  /** Executions matching {@code query}, newest first, one page at a time. */
  ExecutionPage executions(ExecutionQuery query);

  /** Task tokens awaiting an answer, oldest first. */
  List<OpenToken> openTokens(int limit);
}
