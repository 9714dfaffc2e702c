package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Follows one execution's history events, in id order, and yields each {@link HistorySpan} when the event that
 * closes it arrives. Which state an event belongs to comes from the events alone: every event names the previous
 * event of its frame ({@code previousEventId}), so the state open after each event is known from the one before
 * it. Parallel branches and Map iterations chain back to their parent's events, which makes their states children
 * of the Parallel or Map state. Nothing here depends on the process that ran the steps.
 */
final class SpanTracker {
  private final Map<Long, Long> openAfter = new HashMap<>();
  private final Map<Long, OpenState> open = new HashMap<>();
  private long segmentId;
  private Instant segmentStart;
  private long lastEventId;

  /** The id of the last event accepted. */
  long lastEventId() {
    return lastEventId;
  }

  /** Spans opened and not yet closed, oldest first, with a null end. */
  List<HistorySpan> openSpans() {
    List<HistorySpan> spans = new ArrayList<>();
    if (segmentStart != null) {
      spans.add(new HistorySpan(HistorySpan.Kind.EXECUTION, null, segmentId, segmentId == 1 ? -1 : 1, segmentStart, null, false, null, null, null));
    }
    open.values().stream().sorted(Comparator.comparingLong(s -> s.id)).forEach(s -> {
      spans.add(new HistorySpan(HistorySpan.Kind.STATE, s.name, s.id, parentOf(s), s.start, null, false, null, null, s.type));
      if (s.taskId != 0) {
        spans.add(new HistorySpan(HistorySpan.Kind.TASK, s.name, s.taskId, s.id, s.taskStart, null, false, null, null, s.resource));
      }
    });
    return spans;
  }

  /** Takes the next event (ids must increase); returns the spans it closed, innermost first. */
  List<HistorySpan> accept(JsonNode event) {
    long id = event.path("id").asLong();
    long prev = event.path("previousEventId").asLong();
    String type = event.path("type").asText();
    Instant at = Instant.parse(event.path("timestamp").asText());
    JsonNode details = HistoryEvents.details(event);
    long base = prev == 0 ? 0 : openAfter.getOrDefault(prev, 0L);
    lastEventId = id;
    List<HistorySpan> closed = new ArrayList<>();
    long after = base;
    if (type.equals("ExecutionStarted") || type.equals("ExecutionRedriven")) {
      segmentId = id;
      segmentStart = at;
      after = 0;
    } else if (HistoryEvents.isExecutionEnd(type)) {
      closeAll(at, !type.equals("ExecutionSucceeded"), closed);
      closed.add(new HistorySpan(
          HistorySpan.Kind.EXECUTION, null, segmentId, segmentId == 1 ? -1 : 1, segmentStart == null ? at : segmentStart, at,
          !type.equals("ExecutionSucceeded"), text(details, "error"), text(details, "cause"), type));
      segmentStart = null;
      after = 0;
    } else if (type.endsWith("StateEntered")) {
      OpenState state = new OpenState(id, details.path("name").asText(), type.substring(0, type.length() - "StateEntered".length()), at, base);
      open.put(id, state);
      after = id;
      if (state.type.equals("Fail")) {
        // A Fail state ends its frame at once: no exit event follows.
        close(state, at, true, closed);
        after = base;
      }
    } else if (type.endsWith("StateExited")) {
      OpenState state = findUp(base, s -> s.name.equals(details.path("name").asText()));
      if (state != null) {
        // A state left through a Catch ends in error (its last attempt failed); one that recovered does not.
        closeWithin(state, at, state.error != null, closed);
        after = state.parent;
      }
    } else if (type.startsWith("Parallel") || type.startsWith("Map")) {
      after = branchEvent(type, details, base, at, closed);
    } else if (type.startsWith("LambdaFunction") || type.startsWith("Task")) {
      taskEvent(id, type, details, open.get(base), at, closed);
    } else if (type.equals("EvaluationFailed")) {
      recordError(open.get(base), details);
    }
    openAfter.put(id, after);
    return closed;
  }

  private long branchEvent(String type, JsonNode details, long base, Instant at, List<HistorySpan> closed) {
    if (type.endsWith("StateStarted") || type.equals("MapRunStarted")) {
      return base;
    }
    boolean failed = type.endsWith("Failed") || type.endsWith("Aborted");
    OpenState owner;
    if (type.startsWith("MapIteration")) {
      String name = details.path("name").asText();
      owner = findUp(base, s -> s.type.equals("Map") && s.name.equals(name) && !s.terminal);
    } else {
      String kind = type.startsWith("Parallel") ? "Parallel" : "Map";
      owner = findUp(base, s -> s.type.equals(kind) && !s.terminal);
      if (owner != null && !type.startsWith("MapRun")) {
        owner.terminal = true;
      }
    }
    if (owner == null) {
      return base;
    }
    closeDescendants(owner, at, failed, closed);
    if (failed && !type.startsWith("MapIteration")) {
      owner.error = owner.error == null ? "States.BranchFailed" : owner.error;
    }
    return owner.id;
  }

  private void taskEvent(long id, String type, JsonNode details, OpenState state, Instant at, List<HistorySpan> closed) {
    if (state == null) {
      return;
    }
    if (type.endsWith("Scheduled")) {
      state.resource = details.path("resource").asText(null);
    } else if (type.endsWith("Started")) {
      state.taskId = id;
      state.taskStart = at;
    } else if (type.endsWith("Succeeded")) {
      state.error = null;
      state.cause = null;
      endTask(state, at, false, null, null, closed);
    } else if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
      recordError(state, details);
      endTask(state, at, true, state.error, state.cause, closed);
    }
  }

  private void endTask(OpenState state, Instant at, boolean failed, String error, String cause, List<HistorySpan> closed) {
    if (state.taskId == 0) {
      return;
    }
    closed.add(new HistorySpan(HistorySpan.Kind.TASK, state.name, state.taskId, state.id, state.taskStart, at, failed, error, cause, state.resource));
    state.taskId = 0;
    state.taskStart = null;
  }

  private static void recordError(OpenState state, JsonNode details) {
    if (state != null && details.has("error")) {
      state.error = details.path("error").asText();
      state.cause = text(details, "cause");
    }
  }

  /** The open state {@code from} or the nearest open ancestor that matches; else the newest open one that does. */
  private OpenState findUp(long from, Predicate<OpenState> match) {
    for (OpenState s = open.get(from); s != null; s = open.get(s.parent)) {
      if (match.test(s)) {
        return s;
      }
    }
    return open.values().stream().filter(match).max(Comparator.comparingLong(s -> s.id)).orElse(null);
  }

  private void closeWithin(OpenState state, Instant at, boolean failed, List<HistorySpan> closed) {
    closeDescendants(state, at, true, closed);
    close(state, at, failed, closed);
  }

  private void closeDescendants(OpenState ancestor, Instant at, boolean failed, List<HistorySpan> closed) {
    open.values().stream()
        .filter(s -> s != ancestor && descends(s, ancestor))
        .sorted(Comparator.comparingLong((OpenState s) -> s.id).reversed())
        .toList()
        .forEach(s -> close(s, at, failed, closed));
  }

  private boolean descends(OpenState state, OpenState ancestor) {
    for (OpenState s = open.get(state.parent); s != null; s = open.get(s.parent)) {
      if (s == ancestor) {
        return true;
      }
    }
    return false;
  }

  private void closeAll(Instant at, boolean failed, List<HistorySpan> closed) {
    open.values().stream()
        .sorted(Comparator.comparingLong((OpenState s) -> s.id).reversed())
        .toList()
        .forEach(s -> close(s, at, failed, closed));
  }

  private void close(OpenState state, Instant at, boolean failed, List<HistorySpan> closed) {
    if (open.remove(state.id) == null) {
      return;
    }
    endTask(state, at, true, state.error == null ? "States.TaskAbandoned" : state.error, state.cause, closed);
    boolean stateFailed = failed || state.type.equals("Fail");
    closed.add(new HistorySpan(
        HistorySpan.Kind.STATE, state.name, state.id, parentOf(state), state.start, at, stateFailed,
        stateFailed ? state.error : null, stateFailed ? state.cause : null, state.type));
  }

  private long parentOf(OpenState state) {
    return state.parent == 0 ? segmentId : state.parent;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
