package dev.opsflow.local.engine;

import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskInterceptor;
import dev.opsflow.local.engine.task.TaskInvoker;
import dev.opsflow.local.engine.task.TaskOutcome;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's registered {@link EngineObserver}s, kept in an array replaced on change so the hot path reads one
 * volatile field. With observers registered it also intercepts the engine's task invocations.
 */
final class Observers {
  private static final Logger LOG = LoggerFactory.getLogger(Observers.class);
  private static final EngineObserver[] NONE = new EngineObserver[0];

  private final TaskInvoker tasks;
  private volatile EngineObserver[] current = NONE;

  Observers(TaskInvoker tasks) {
    this.tasks = tasks;
  }

  synchronized AutoCloseable add(EngineObserver observer) {
    EngineObserver[] next = Arrays.copyOf(current, current.length + 1);
    next[next.length - 1] = observer;
    replace(next);
    return () -> remove(observer);
  }

  private synchronized void remove(EngineObserver observer) {
    replace(Arrays.stream(current).filter(o -> o != observer).toArray(EngineObserver[]::new));
  }

  private void replace(EngineObserver[] next) {
    current = next;
    tasks.intercept(next.length == 0 ? null : this::aroundTask);
  }

  /** Tells every observer about a committed step that appended history events. */
  void committed(Step step) {
    EngineObserver[] observers = current;
    if (observers.length == 0 || step.events().isEmpty()) {
      return;
    }
    CommittedStep committed = CommittedStep.of(step);
    for (EngineObserver observer : observers) {
      try {
        observer.committed(committed);
      } catch (RuntimeException e) {
        // The step is durable already: an observer's bug must cost its telemetry, not the execution.
        LOG.warn("Engine observer {} failed on a step of {}", observer, committed.executionArn(), e);
      }
    }
  }

  private TaskOutcome aroundTask(TaskCall call, Supplier<TaskOutcome> invocation) {
    TaskInterceptor chain = (c, last) -> last.get();
    for (EngineObserver observer : current) {
      TaskInterceptor inner = chain;
      chain = (c, last) -> observer.aroundTask(c, () -> inner.invoke(c, last));
    }
    return chain.invoke(call, invocation);
  }
}
