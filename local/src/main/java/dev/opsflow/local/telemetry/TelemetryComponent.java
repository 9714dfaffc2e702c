package dev.opsflow.local.telemetry;

import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.shared.outbox.OutboxMonitor;
import dev.opsflow.shared.outbox.RelayPolicy;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telemetry in {@code opsflow local}: traces and per-step metrics of every execution the node runs (see {@link
 * Telemetry}), exported over OTLP when configured, and the operations port ({@code OPSFLOW_METRICS_PORT}, default
 * 9464) with {@code /metrics} and {@code /health}. Started first, so it sees every step.
 */
public final class TelemetryComponent implements NodeComponent {
  private static final Logger LOG = LoggerFactory.getLogger(TelemetryComponent.class);
  /** How long work may wait past its due time before health says the node lags. */
  private static final Duration GRACE = Duration.ofSeconds(60);

  @Override
  public String name() {
    return "telemetry";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public AutoCloseable start(NodeContext context) throws Exception {
    TelemetrySettings settings = TelemetrySettings.from(context.env());
    Telemetry telemetry = Telemetry.create(settings.serviceName(), OtlpSpans.processor(settings));
    AutoCloseable observing = context.engine().observe(telemetry.observer(arn -> context.engine().executions().history(arn)));
    NodeHealth health = new NodeHealth(
        context.dataSource(), new OutboxMonitor(context.dataSource(), RelayPolicy.from(context.env()), Clock.systemUTC()), GRACE, Clock.systemUTC());
    TelemetryServer server = null;
    try {
      server = TelemetryServer.start(context.bindAddress(), settings.metricsPort(), telemetry::scrape, health);
      LOG.info("Metrics at {}/metrics, health at {}/health", server.endpoint(), server.endpoint());
    } catch (java.io.IOException e) {
      // The operations port is for watching the node, not for running it: the node goes on without it.
      LOG.error("The metrics and health port {}:{} cannot be opened ({}); set OPSFLOW_METRICS_PORT", context.bindAddress(),
          settings.metricsPort(), e.getMessage());
    }
    LOG.info("Traces {}", settings.exportsTraces() ? "to " + settings.tracesEndpoint() : "not exported (OTEL_EXPORTER_OTLP_ENDPOINT unset)");
    TelemetryServer opened = server;
    return () -> {
      if (opened != null) {
        opened.close();
      }
      observing.close();
      telemetry.close();
    };
  }
}
