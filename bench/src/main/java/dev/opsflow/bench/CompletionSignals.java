package dev.opsflow.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionPage;
import dev.opsflow.local.engine.ExecutionQuery;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStore;
import dev.opsflow.local.engine.OpenToken;
import dev.opsflow.local.engine.Step;
import dev.opsflow.local.engine.WorkItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link ExecutionStore} that passes everything to the durable store and, once a step that ends an execution
 * has been committed, completes that execution's future: clients learn of the end without polling the database,
 * as a DBOS workflow handle does, so the benchmark measures the engine and not the polling.
 */
final class CompletionSignals implements ExecutionStore {
  private final ExecutionStore durable;
  private final Map<String, CompletableFuture<ExecutionState>> waiting = new ConcurrentHashMap<>();

  CompletionSignals(ExecutionStore durable) {
    this.durable = durable;
  }

  /** A future for the end of {@code executionArn}; ask before starting the execution. */
  CompletableFuture<ExecutionState> awaitEnd(String executionArn) {
    return waiting.computeIfAbsent(executionArn, arn -> new CompletableFuture<>());
  }

  @Override
  public boolean create(Step first) {
    boolean created = durable.create(first);
    signalIfEnded(created, first);
    return created;
  }

  @Override
  public boolean commit(Step step, WorkItem consumed) {
    boolean committed = durable.commit(step, consumed);
    signalIfEnded(committed, step);
    return committed;
  }

  private void signalIfEnded(boolean committed, Step step) {
    ExecutionState state = step.execution();
    if (committed && state.executionArn() != null && state.status().isTerminal()) {
      CompletableFuture<ExecutionState> ended = waiting.remove(state.executionArn());
      if (ended != null) {
        ended.complete(state);
      }
    }
  }

  @Override
  public Optional<ExecutionState> find(String executionArn) {
    return durable.find(executionArn);
  }

  @Override
  public Optional<WorkItem> claim(Instant now, String workerId, Duration lease) {
    return durable.claim(now, workerId, lease);
  }

  @Override
  public void release(WorkItem item) {
    durable.release(item);
  }

  @Override
  public Optional<Instant> nextDue() {
    return durable.nextDue();
  }

  @Override
  public List<ObjectNode> history(String executionArn) {
    return durable.history(executionArn);
  }

  @Override
  public ExecutionPage executions(ExecutionQuery query) {
    return durable.executions(query);
  }

  @Override
  public List<OpenToken> openTokens(int limit) {
    return durable.openTokens(limit);
  }
}
