package dev.opsflow.local.telemetry;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;

/**
 * A pull {@link MetricReader}: each scrape collects the SDK's metrics and renders them in the Prometheus text
 * exposition format ({@link PrometheusText}). Written here because the mirror has no
 * opentelemetry-exporter-prometheus at the BOM's version (only 1.65.0-alpha, which would mix SDK versions and pull
 * protobuf and five Prometheus jars for what is a page of text).
 */
final class PrometheusReader implements MetricReader {
  private volatile CollectionRegistration registration = CollectionRegistration.noop();

  @Override
  public void register(CollectionRegistration newRegistration) {
    this.registration = newRegistration;
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return AggregationTemporality.CUMULATIVE;
  }

  /** The current metrics as a Prometheus text page. */
  String scrape() {
    return PrometheusText.render(registration.collectAllMetrics());
  }

  @Override
  public CompletableResultCode forceFlush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    registration = CollectionRegistration.noop();
    return CompletableResultCode.ofSuccess();
  }
}
