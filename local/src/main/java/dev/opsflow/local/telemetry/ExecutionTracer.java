package dev.opsflow.local.telemetry;

import dev.opsflow.local.engine.CommittedStep;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * Turns {@link HistorySpan}s into OpenTelemetry spans with the history's own timestamps and the ids of {@link
 * TraceIds}: the execution is the root span, each state a child of the execution (or of its Parallel/Map state),
 * each task invocation a CLIENT child of its state.
 */
final class ExecutionTracer {
  static final AttributeKey<String> EXECUTION_ARN = AttributeKey.stringKey("opsflow.execution.arn");
  static final AttributeKey<String> STATE_MACHINE = AttributeKey.stringKey("opsflow.state_machine");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("opsflow.request_id");
  static final AttributeKey<String> STATE_NAME = AttributeKey.stringKey("opsflow.state.name");
  static final AttributeKey<String> STATE_TYPE = AttributeKey.stringKey("opsflow.state.type");
  static final AttributeKey<String> RESOURCE = AttributeKey.stringKey("opsflow.task.resource");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> EVENT_ID = AttributeKey.longKey("opsflow.history.event_id");

  private final Tracer tracer;
  private final DeterministicIds ids;

  ExecutionTracer(Tracer tracer, DeterministicIds ids) {
    this.tracer = tracer;
    this.ids = ids;
  }

  void export(CommittedStep execution, HistorySpan span) {
    String arn = execution.executionArn();
    String traceId = TraceIds.traceId(arn);
    SpanBuilder builder = tracer.spanBuilder(name(execution, span))
        .setSpanKind(span.kind() == HistorySpan.Kind.TASK ? SpanKind.CLIENT : SpanKind.INTERNAL)
        .setStartTimestamp(nanos(span.start()), TimeUnit.NANOSECONDS)
        .setAttribute(EXECUTION_ARN, arn)
        .setAttribute(STATE_MACHINE, execution.stateMachineName())
        .setAttribute(EVENT_ID, span.id());
    if (execution.requestId() != null) {
      builder.setAttribute(REQUEST_ID, execution.requestId());
    }
    switch (span.kind()) {
      case STATE -> builder.setAttribute(STATE_NAME, span.name()).setAttribute(STATE_TYPE, span.detail());
      case TASK -> builder.setAttribute(STATE_NAME, span.name()).setAttribute(RESOURCE, span.detail() == null ? "" : span.detail());
      case EXECUTION -> { }
    }
    if (span.parentId() < 0) {
      builder.setNoParent();
      ids.next(traceId, TraceIds.spanId(arn, span.id()));
    } else {
      SpanContext parent = SpanContext.create(traceId, TraceIds.spanId(arn, span.parentId()), TraceFlags.getSampled(), TraceState.getDefault());
      builder.setParent(Context.root().with(Span.wrap(parent)));
      ids.next(null, TraceIds.spanId(arn, span.id()));
    }
    Span started;
    try {
      started = builder.startSpan();
    } finally {
      ids.clear();
    }
    if (span.failed()) {
      started.setStatus(StatusCode.ERROR, span.error() == null ? "failed" : span.error());
      if (span.error() != null) {
        started.setAttribute(ERROR_TYPE, span.error());
      }
    }
    started.end(nanos(span.end()), TimeUnit.NANOSECONDS);
  }

  /** The current context during a task invocation: its span (exported once the step commits) as the parent. */
  static Context invocationContext(String executionArn, long startedEventId) {
    SpanContext span = SpanContext.create(
        TraceIds.traceId(executionArn), TraceIds.spanId(executionArn, startedEventId), TraceFlags.getSampled(), TraceState.getDefault());
    return Context.current().with(Span.wrap(span));
  }

  private static String name(CommittedStep execution, HistorySpan span) {
    return switch (span.kind()) {
      case EXECUTION -> execution.stateMachineName();
      case STATE -> span.name();
      case TASK -> "invoke " + (span.detail() == null ? span.name() : span.detail().substring(span.detail().lastIndexOf(':') + 1));
    };
  }

  private static long nanos(java.time.Instant instant) {
    return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
  }
}
