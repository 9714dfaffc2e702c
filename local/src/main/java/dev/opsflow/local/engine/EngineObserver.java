package dev.opsflow.local.engine;

import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskOutcome;
import java.util.function.Supplier;

/**
 * Watches the engine from outside its state machine semantics: telemetry (traces, metrics) and alerts. It sees
 * each step once it is committed, with the history events the step appended: the same durable record the
 * history API and the dashboard's timeline read, so what it derives holds across processes and crashes (a step
 * that lost its commit is never shown, a step committed by another process is seen by that process's observer).
 * It also wraps each task invocation on the invoking thread. An engine without observers pays one array-length
 * check per step. Register with {@link LocalEngine#observe}.
 */
public interface EngineObserver {
  /**
   * After {@code step} was committed (only steps that appended history events). Runs on the worker's thread:
   * keep it quick; an exception is logged and ignored.
   */
  default void committed(CommittedStep step) {}

  /** Around one task invocation; must call {@code invocation} once and return its outcome. */
  default TaskOutcome aroundTask(TaskCall call, Supplier<TaskOutcome> invocation) {
    return invocation.get();
  }
}
