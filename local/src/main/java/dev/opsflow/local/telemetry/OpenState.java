package dev.opsflow.local.telemetry;

import java.time.Instant;

/** A state entered and not yet left, as {@link SpanTracker} follows it. */
final class OpenState {
  final long id;
  final String name;
  /** Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map. */
  final String type;
  final Instant start;
  /** The enclosing open state's entered-event id, or 0 at the top level. */
  final long parent;
  /** For Parallel and Map: its Succeeded/Failed/Aborted event was seen (its exit may still follow). */
  boolean terminal;
  String resource;
  String error;
  String cause;
  /** The running task invocation: its started-event id and time (0 when none runs). */
  long taskId;
  Instant taskStart;

  OpenState(long id, String name, String type, Instant start, long parent) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.start = start;
    this.parent = parent;
  }
}
