package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineObserver;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The node's OpenTelemetry SDK: a tracer provider whose spans go to {@code spans} (OTLP when configured, an
 * in-memory exporter in tests, nothing otherwise) and a meter provider read by Prometheus scrapes. Closing it
 * flushes and shuts both down.
 */
public final class Telemetry implements AutoCloseable {
  private static final String SCOPE = "dev.opsflow.local";

  private final SdkTracerProvider tracerProvider;
  private final SdkMeterProvider meterProvider;
  private final PrometheusReader prometheus = new PrometheusReader();
  private final DeterministicIds ids = new DeterministicIds();
  private final boolean tracing;

  private Telemetry(String serviceName, SpanProcessor spans) {
    Resource resource = Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), serviceName)));
    SdkTracerProviderBuilder tracerBuilder = SdkTracerProvider.builder().setResource(resource).setIdGenerator(ids);
    if (spans != null) {
      tracerBuilder.addSpanProcessor(spans);
    }
    this.tracing = spans != null;
    this.tracerProvider = tracerBuilder.build();
    this.meterProvider = SdkMeterProvider.builder().setResource(resource).registerMetricReader(prometheus).build();
  }

  /** Telemetry for {@code serviceName}; {@code spans} (may be null: no traces kept) receives the ended spans. */
  public static Telemetry create(String serviceName, SpanProcessor spans) {
    return new Telemetry(serviceName, spans);
  }

  /**
   * The engine observer that feeds traces (when spans go somewhere) and metrics; {@code history} reads an
   * execution's stored events.
   */
  public EngineObserver observer(Function<String, List<ObjectNode>> history) {
    return new TelemetryObserver(
        history, tracing ? new ExecutionTracer(tracerProvider.get(SCOPE), ids) : null, new StepMetrics(meterProvider.get(SCOPE)));
  }

  /** The metrics now, in the Prometheus text format. */
  public String scrape() {
    return prometheus.scrape();
  }

  @Override
  public void close() {
    tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    meterProvider.shutdown().join(10, TimeUnit.SECONDS);
  }
}
