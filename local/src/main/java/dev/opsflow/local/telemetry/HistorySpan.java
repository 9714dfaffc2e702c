package dev.opsflow.local.telemetry;

import java.time.Duration;
import java.time.Instant;

/**
 * One span of an execution derived from its history events: the execution (or, after a redrive, the redriven
 * part), a state from entry to exit, or one task invocation. {@code id} is the history event that opened it
 * (ExecutionStarted = 1, ExecutionRedriven, the state's StateEntered, the task's TaskStarted or
 * LambdaFunctionStarted); {@code parentId} is the id of the enclosing span's opening event, or -1 for the
 * execution itself. {@code end} is null while it is still open (a timeline of a running execution). {@code detail}
 * is the state's type for a state, the resource (function ARN) for a task, and the final event's type for an
 * execution.
 */
public record HistorySpan(
    Kind kind,
    String name,
    long id,
    long parentId,
    Instant start,
    Instant end,
    boolean failed,
    String error,
    String cause,
    String detail) {

  /** What the span covers. */
  public enum Kind {
    EXECUTION,
    STATE,
    TASK
  }

  /** The span's length, or null while it is open. */
  public Duration duration() {
    return end == null ? null : Duration.between(start, end);
  }
}
