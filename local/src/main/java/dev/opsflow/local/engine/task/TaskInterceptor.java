package dev.opsflow.local.engine.task;

import java.util.function.Supplier;

/**
 * Wraps every task invocation, on the thread that makes it (telemetry times it and makes its span current there,
 * so a handler's own spans and logs join the execution's trace). It must call {@code invocation} exactly once and
 * return what it returned.
 */
@FunctionalInterface
public interface TaskInterceptor {
  TaskOutcome invoke(TaskCall call, Supplier<TaskOutcome> invocation);
}
