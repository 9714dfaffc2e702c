package dev.opsflow.local.engine;

import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskInvoker;
import dev.opsflow.local.engine.task.TaskOutcome;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a synchronous task invocation under its TimeoutSeconds, in wall-clock time (an in-process handler really
 * runs). Returns null when the time ran out; the handler's thread is interrupted and abandoned, as Lambda
 * abandons a timed-out invocation.
 */
final class TimedInvocation {
  private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

  private TimedInvocation() {}

  static TaskOutcome run(TaskInvoker invoker, TaskCall call, long timeoutSeconds) {
    Future<TaskOutcome> future = THREADS.submit(() -> invoker.invoke(call));
    try {
      return future.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Task invocation failed inside the engine", e.getCause());
    }
  }
}
