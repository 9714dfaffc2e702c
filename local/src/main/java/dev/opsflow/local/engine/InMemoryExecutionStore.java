package dev.opsflow.local.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The execution store in memory: for tests, benchmarks and one-shot runs ({@code opsflow asl run}). A committed
 * checkpoint becomes the store's (the caller drops it, as the engine does), and {@link #find} hands out copies,
 * so callers never share mutable state, exactly as with the durable store.
 */
public final class InMemoryExecutionStore implements ExecutionStore {
  private record Lease(String workerId, Instant until) {}

  private final Map<String, ExecutionState> executions = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> histories = new HashMap<>();
  private final Map<String, OpenToken> tokens = new LinkedHashMap<>();
  private final TreeSet<WorkItem> queue =
      new TreeSet<>(Comparator.comparing(WorkItem::dueAt).thenComparingLong(WorkItem::id));
  private final Map<Long, Lease> leases = new HashMap<>();
  private final Map<Long, WorkItem> leased = new HashMap<>();
  private long workIds;

  @Override
  public synchronized boolean create(Step first) {
    ExecutionState state = first.execution();
    if (executions.containsKey(state.executionArn)) {
      return false;
    }
    histories.put(state.executionArn, new ArrayList<>());
    state.version = 0;
    executions.put(state.executionArn, state);
    apply(first, null);
    return true;
  }

  @Override
  public synchronized Optional<ExecutionState> find(String executionArn) {
    return Optional.ofNullable(executions.get(executionArn)).map(InMemoryExecutionStore::copy);
  }

  @Override
  public synchronized boolean commit(Step step, WorkItem consumed) {
    ExecutionState state = step.execution();
    ExecutionState current = executions.get(state.executionArn);
    if (current == null || current.version != state.version) {
      return false;
    }
    state.version++;
    executions.put(state.executionArn, state);
    apply(step, consumed);
    return true;
  }

  private void apply(Step step, WorkItem consumed) {
    ExecutionState state = step.execution();
    histories.get(state.executionArn).addAll(step.events());
    if (consumed != null) {
      queue.remove(consumed);
      leases.remove(consumed.id());
      leased.remove(consumed.id());
    }
    for (WorkItem item : step.work()) {
      queue.add(item.withId(++workIds));
    }
    for (Step.TokenChange change : step.tokens()) {
      if (change.open()) {
        tokens.put(change.token(), new OpenToken(change.token(), state.executionArn, change.stateName(), change.taskInput(), step.now()));
      } else {
        tokens.remove(change.token());
      }
    }
  }

  @Override
  public synchronized Optional<WorkItem> claim(Instant now, String workerId, Duration lease) {
    leases.entrySet().removeIf(e -> {
      if (e.getValue().until().isAfter(now)) {
        return false;
      }
      queue.add(leased.remove(e.getKey()));
      return true;
    });
    for (WorkItem item : queue) {
      if (item.dueAt().isAfter(now)) {
        return Optional.empty();
      }
      queue.remove(item);
      leases.put(item.id(), new Lease(workerId, now.plus(lease)));
      leased.put(item.id(), item);
      return Optional.of(item);
    }
    return Optional.empty();
  }

  @Override
  public synchronized void release(WorkItem item) {
    if (leased.remove(item.id()) != null) {
      leases.remove(item.id());
      queue.add(item);
    }
  }

  @Override
  public synchronized Optional<Instant> nextDue() {
    return queue.isEmpty() ? Optional.empty() : Optional.of(queue.first().dueAt());
  }

  @Override
  public synchronized List<ObjectNode> history(String executionArn) {
    return List.copyOf(histories.getOrDefault(executionArn, List.of()));
  }

  @Override
  public synchronized ExecutionPage executions(ExecutionQuery query) {
    List<ExecutionState> matching = new ArrayList<>();
    for (ExecutionState state : executions.values()) {
      if ((query.stateMachineArn() == null || query.stateMachineArn().equals(state.stateMachineArn))
          && (query.status() == null || query.status() == state.status)
          && (query.businessKey() == null || query.businessKey().equals(state.businessKey))) {
        matching.add(0, state);
      }
    }
    int from = query.nextToken() == null ? 0 : Integer.parseInt(query.nextToken());
    int to = Math.min(matching.size(), from + query.maxResults());
    List<ExecutionState> page = new ArrayList<>();
    for (ExecutionState state : matching.subList(Math.min(from, to), to)) {
      page.add(copy(state));
    }
    return new ExecutionPage(page, to < matching.size() ? Integer.toString(to) : null);
  }

  @Override
  public synchronized List<OpenToken> openTokens(int limit) {
    return tokens.values().stream().limit(limit).toList();
  }

  private static ExecutionState copy(ExecutionState state) {
    try {
      return Json.MAPPER.treeToValue(Json.MAPPER.valueToTree(state), ExecutionState.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
