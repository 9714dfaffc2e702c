package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/** The execution store in memory: for tests, benchmarks and one-shot runs (`opsflow asl run`). */
public final class InMemoryExecutionStore implements ExecutionStore {
  private final Map<String, ExecutionState> executions = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> histories = new HashMap<>();
  private final Map<String, Step.TokenChange> tokens = new LinkedHashMap<>();
  private final PriorityQueue<WorkItem> queue =
      new PriorityQueue<>(Comparator.comparing(WorkItem::dueAt).thenComparingLong(WorkItem::id));
  private long workIds;

  @Override
  public synchronized boolean create(Step first) {
    ExecutionState state = first.execution();
    if (executions.containsKey(state.executionArn)) {
      return false;
    }
    executions.put(state.executionArn, state);
    histories.put(state.executionArn, new ArrayList<>());
    commit(first, null);
    return true;
  }

  @Override
  public synchronized Optional<ExecutionState> find(String executionArn) {
    return Optional.ofNullable(executions.get(executionArn));
  }

  @Override
  public synchronized void commit(Step step, WorkItem consumed) {
    ExecutionState state = step.execution();
    executions.put(state.executionArn, state);
    histories.computeIfAbsent(state.executionArn, k -> new ArrayList<>()).addAll(step.events());
    for (WorkItem item : step.work()) {
      queue.add(item.withId(++workIds));
    }
    for (Step.TokenChange change : step.tokens()) {
      if (change.open()) {
        tokens.put(change.token(), change);
      } else {
        tokens.remove(change.token());
      }
    }
  }

  @Override
  public synchronized Optional<WorkItem> claim(Instant now) {
    WorkItem head = queue.peek();
    if (head == null || head.dueAt().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(queue.poll());
  }

  @Override
  public synchronized void release(WorkItem item) {
    queue.add(item);
  }

  @Override
  public synchronized Optional<Instant> nextDue() {
    return Optional.ofNullable(queue.peek()).map(WorkItem::dueAt);
  }

  @Override
  public synchronized List<ObjectNode> history(String executionArn) {
    return List.copyOf(histories.getOrDefault(executionArn, List.of()));
  }

  @Override
  public synchronized List<ExecutionState> executions(String stateMachineArn) {
    List<ExecutionState> list = new ArrayList<>();
    for (ExecutionState state : executions.values()) {
      if (stateMachineArn == null || stateMachineArn.equals(state.stateMachineArn)) {
        list.add(0, state);
      }
    }
    return list;
  }

  @Override
  public synchronized List<Step.TokenChange> openTokens() {
    return List.copyOf(tokens.values());
  }
}
