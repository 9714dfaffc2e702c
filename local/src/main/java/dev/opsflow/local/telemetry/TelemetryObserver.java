package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.CommittedStep;
import dev.opsflow.local.engine.EngineObserver;
import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskOutcome;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's telemetry: every committed step's history events become spans (exported as traces) and per-step
 * metrics; during a task invocation the invocation's span is the current OpenTelemetry context, so anything the
 * handler traces (or an agent instruments) joins the execution's trace.
 */
final class TelemetryObserver implements EngineObserver {
  private static final int TRACKED_EXECUTIONS = 4096;

  private final SpanTrackers trackers;
  private final ExecutionTracer tracer;
  private final StepMetrics metrics;

  /** {@code tracer} may be null: metrics only (no span would go anywhere). */
  TelemetryObserver(Function<String, List<ObjectNode>> history, ExecutionTracer tracer, StepMetrics metrics) {
    this.trackers = new SpanTrackers(TRACKED_EXECUTIONS, history);
    this.tracer = tracer;
    this.metrics = metrics;
  }

  @Override
  public void committed(CommittedStep step) {
    for (HistorySpan span : trackers.committed(step.executionArn(), step.events())) {
      if (tracer != null) {
        tracer.export(step, span);
      }
      metrics.record(step.stateMachineName(), span);
    }
  }

  @Override
  public TaskOutcome aroundTask(TaskCall call, Supplier<TaskOutcome> invocation) {
    if (call.startedEventId() <= 0) {
      return invocation.get();
    }
    Scope scope = ExecutionTracer.invocationContext(call.executionArn(), call.startedEventId()).makeCurrent();
    try {
      return invocation.get();
    } finally {
      scope.close();
    }
  }
}
