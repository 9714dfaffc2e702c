package dev.opsflow.local.telemetry;

import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * Lets {@link ExecutionTracer} choose the ids of the spans it starts (derived with {@link TraceIds}); spans started
 * by anyone else on the same tracer provider (a handler's own spans) get random ids as usual. The chosen ids are
 * handed over in thread-locals that the very next {@code startSpan} on the same thread consumes.
 */
final class DeterministicIds implements IdGenerator {
  private final IdGenerator random = IdGenerator.random();
  private final ThreadLocal<String> nextTraceId = new ThreadLocal<>();
  private final ThreadLocal<String> nextSpanId = new ThreadLocal<>();

  /** The ids the next span started on this thread gets ({@code traceId} is used only by a root span). */
  void next(String traceId, String spanId) {
    nextTraceId.set(traceId);
    nextSpanId.set(spanId);
  }

  /** Drops ids a span did not consume (a child span takes no trace id). */
  void clear() {
    nextTraceId.remove();
    nextSpanId.remove();
  }

  @Override
  public String generateSpanId() {
    String chosen = nextSpanId.get();
    nextSpanId.remove();
    return chosen != null ? chosen : random.generateSpanId();
  }

  @Override
  public String generateTraceId() {
    String chosen = nextTraceId.get();
    nextTraceId.remove();
    return chosen != null ? chosen : random.generateTraceId();
  }

  @Override
  public boolean generatesRandomTraceIds() {
    return false;
  }
}
