package dev.opsflow.local.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * Per-step metrics from the spans of committed steps: task invocations, their errors and durations per state
 * machine and state (what a Lambda step reports as EMF in AWS: Invocations, Errors, Duration), state durations,
 * and executions by final status. The names are Prometheus names (a counter is exposed with {@code _total}).
 */
final class StepMetrics {
  static final AttributeKey<String> STATE_MACHINE = AttributeKey.stringKey("state_machine");
  static final AttributeKey<String> STATE = AttributeKey.stringKey("state");
  static final AttributeKey<String> STATUS = AttributeKey.stringKey("status");
  static final AttributeKey<String> ERROR = AttributeKey.stringKey("error");

  /** Seconds: a task takes milliseconds to minutes. */
  private static final List<Double> TASK_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0);
  /** Seconds: a state or an execution may wait for a person or a timer for hours. */
  private static final List<Double> LONG_BUCKETS =
      List.of(0.01, 0.1, 1.0, 10.0, 60.0, 300.0, 900.0, 3600.0, 4.0 * 3600, 24.0 * 3600, 7.0 * 24 * 3600);

  private final LongCounter invocations;
  private final LongCounter errors;
  private final DoubleHistogram taskDuration;
  private final DoubleHistogram stateDuration;
  private final LongCounter executions;
  private final DoubleHistogram executionDuration;

  StepMetrics(Meter meter) {
    invocations = meter.counterBuilder("opsflow_step_invocations").setDescription("Task invocations, by state machine and state.").build();
    errors = meter.counterBuilder("opsflow_step_errors").setDescription("Task invocations that failed or timed out, by error.").build();
    taskDuration = meter.histogramBuilder("opsflow_step_duration_seconds").setUnit("s")
        .setDescription("Task invocation duration, from start to result.").setExplicitBucketBoundariesAdvice(TASK_BUCKETS).build();
    stateDuration = meter.histogramBuilder("opsflow_state_duration_seconds").setUnit("s")
        .setDescription("Time in a state, from entry to exit, by status.").setExplicitBucketBoundariesAdvice(LONG_BUCKETS).build();
    executions = meter.counterBuilder("opsflow_executions").setDescription("Executions ended, by final status.").build();
    executionDuration = meter.histogramBuilder("opsflow_execution_duration_seconds").setUnit("s")
        .setDescription("Execution duration, from start (or redrive) to end.").setExplicitBucketBoundariesAdvice(LONG_BUCKETS).build();
  }

  void record(String stateMachine, HistorySpan span) {
    double seconds = span.duration().toNanos() / 1e9;
    switch (span.kind()) {
      case TASK -> {
        Attributes state = Attributes.of(STATE_MACHINE, stateMachine, STATE, span.name());
        invocations.add(1, state);
        taskDuration.record(seconds, state);
        if (span.failed()) {
          errors.add(1, state.toBuilder().put(ERROR, span.error() == null ? "unknown" : span.error()).build());
        }
      }
      case STATE -> stateDuration.record(
          seconds, Attributes.of(STATE_MACHINE, stateMachine, STATE, span.name(), STATUS, span.failed() ? "failed" : "ok"));
      case EXECUTION -> {
        Attributes status = Attributes.of(STATE_MACHINE, stateMachine, STATUS, executionStatus(span.detail()));
        executions.add(1, status);
        executionDuration.record(seconds, status);
      }
    }
  }

  /** ExecutionSucceeded -> SUCCEEDED, ExecutionTimedOut -> TIMED_OUT: the API's status names. */
  private static String executionStatus(String endEventType) {
    return switch (endEventType) {
      case "ExecutionSucceeded" -> "SUCCEEDED";
      case "ExecutionTimedOut" -> "TIMED_OUT";
      case "ExecutionAborted" -> "ABORTED";
      default -> "FAILED";
    };
  }
}
