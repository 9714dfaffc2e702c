package dev.opsflow.local.telemetry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The node's telemetry configuration from its environment: {@code OPSFLOW_METRICS_PORT} (default {@value
 * #DEFAULT_METRICS_PORT}; /metrics and /health), and the standard OpenTelemetry variables for traces: {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}, the full URL; unset: no traces
 * leave the node), {@code OTEL_EXPORTER_OTLP_PROTOCOL} ({@code http/protobuf}, the default, or {@code grpc}),
 * {@code OTEL_EXPORTER_OTLP_HEADERS} ({@code k=v,k2=v2}, e.g. an API key) and {@code OTEL_SERVICE_NAME} (default
 * {@code opsflow}). {@code toString} hides the header values.
 */
public record TelemetrySettings(int metricsPort, String tracesEndpoint, boolean grpc, Map<String, String> headers, String serviceName) {
  public static final int DEFAULT_METRICS_PORT = 9464;

  public TelemetrySettings {
    if (metricsPort < 0 || metricsPort > 65535) {
      throw new IllegalArgumentException("OPSFLOW_METRICS_PORT must be between 0 and 65535, not " + metricsPort);
    }
    headers = Map.copyOf(headers);
  }

  public static TelemetrySettings from(Map<String, String> env) {
    String protocol = env.getOrDefault("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    boolean grpc = protocol.equals("grpc");
    String base = blankToNull(env.get("OTEL_EXPORTER_OTLP_ENDPOINT"));
    String traces = blankToNull(env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"));
    if (traces == null && base != null) {
      traces = grpc ? base : base.replaceAll("/+$", "") + "/v1/traces";
    }
    return new TelemetrySettings(
        Integer.parseInt(env.getOrDefault("OPSFLOW_METRICS_PORT", String.valueOf(DEFAULT_METRICS_PORT))),
        traces,
        grpc,
        headers(env.getOrDefault("OTEL_EXPORTER_OTLP_HEADERS", "")),
        env.getOrDefault("OTEL_SERVICE_NAME", "opsflow"));
  }

  /** Whether spans are exported (an OTLP endpoint is configured). */
  public boolean exportsTraces() {
    return tracesEndpoint != null;
  }

  @Override
  public String toString() {
    return "TelemetrySettings[metricsPort=" + metricsPort + ", tracesEndpoint=" + tracesEndpoint + ", grpc=" + grpc
        + ", headers=" + headers.keySet() + ", serviceName=" + serviceName + "]";
  }

  private static Map<String, String> headers(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        headers.put(pair.substring(0, eq).trim(), java.net.URLDecoder.decode(pair.substring(eq + 1).trim(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return headers;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
