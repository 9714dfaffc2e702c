package dev.opsflow.local.telemetry;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporterBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** The span processor for the configured OTLP endpoint (batched), or null when traces are not exported. */
final class OtlpSpans {
  private OtlpSpans() {}

  static SpanProcessor processor(TelemetrySettings settings) {
    if (!settings.exportsTraces()) {
      return null;
    }
    SpanExporter exporter;
    if (settings.grpc()) {
      OtlpGrpcSpanExporterBuilder grpc = OtlpGrpcSpanExporter.builder().setEndpoint(settings.tracesEndpoint());
      settings.headers().forEach(grpc::addHeader);
      exporter = grpc.build();
    } else {
      OtlpHttpSpanExporterBuilder http = OtlpHttpSpanExporter.builder().setEndpoint(settings.tracesEndpoint());
      settings.headers().forEach(http::addHeader);
      exporter = http.build();
    }
    return BatchSpanProcessor.builder(exporter).build();
  }
}
