package dev.opsflow.local.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.outbox.Outbox;
import dev.opsflow.shared.outbox.OutboxEvent;
import dev.opsflow.shared.outbox.OutboxMonitor;
import dev.opsflow.shared.outbox.RelayPolicy;
import dev.opsflow.shared.db.Jdbc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operations port over real HTTP: step metrics in the Prometheus text format, and the node's health. */
class TelemetryEndpointTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final DataSource dataSource = TestPostgres.dataSource();
  private final Telemetry telemetry = Telemetry.create("opsflow-test", null);
  private TelemetryServer server;

  @BeforeEach
  void start() throws Exception {
    TestPostgres.truncate("outbox", "work_items");
    NodeHealth health = new NodeHealth(
        dataSource, new OutboxMonitor(dataSource, RelayPolicy.defaults(), Clock.systemUTC()), Duration.ofSeconds(60), Clock.systemUTC());
    server = TelemetryServer.start("127.0.0.1", 0, telemetry::scrape, health);
  }

  @AfterEach
  void stop() {
    server.close();
    telemetry.close();
  }

  @Test
  void scrapeAfterTwoExecutions_showsInvocationsErrorsAndDurationsPerStep() throws Exception {
    // GIVEN two executions, each calling the worker twice (one failure, one 3-s success)
    TracedMachine machine = new TracedMachine();
    machine.engine.observe(telemetry.observer(arn -> machine.engine.executions().history(arn)));
    machine.run("order-1");
    machine.run("order-2");

    // WHEN Prometheus scrapes the endpoint
    HttpResponse<String> response = get("/metrics");

    // THEN the step's invocations, errors and duration histogram are there, per state machine and state
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    List<String> lines = response.body().lines().toList();
    String step = "state=\"CallWorker\",state_machine=\"opsflow-traced\"";
    assertThat(lines).contains(
        "# TYPE opsflow_step_invocations_total counter",
        "opsflow_step_invocations_total{" + step + "} 4",
        "opsflow_step_errors_total{error=\"dev.opsflow.Boom\"," + step + "} 2",
        "# TYPE opsflow_step_duration_seconds histogram",
        "opsflow_step_duration_seconds_bucket{" + step + ",le=\"2.5\"} 2",
        "opsflow_step_duration_seconds_bucket{" + step + ",le=\"5\"} 4",
        "opsflow_step_duration_seconds_bucket{" + step + ",le=\"+Inf\"} 4",
        "opsflow_step_duration_seconds_sum{" + step + "} 6",
        "opsflow_step_duration_seconds_count{" + step + "} 4",
        "opsflow_executions_total{state_machine=\"opsflow-traced\",status=\"SUCCEEDED\"} 2",
        "opsflow_state_duration_seconds_count{state=\"Pause\",state_machine=\"opsflow-traced\",status=\"ok\"} 2");
  }

  @Test
  void health_isOkWhenNothingLags_andDegradedWhenTheOutboxIsOverdue() throws Exception {
    // GIVEN a healthy node
    HttpResponse<String> healthy = get("/health");

    // WHEN an outbox event has been due for five minutes without a relay taking it
    Clock fiveMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(5)), ZoneOffset.UTC);
    Jdbc.inTransaction(dataSource, "append", c -> Outbox.append(
        c, OutboxEvent.toBus("opsflow.test", "Tested", Json.MAPPER.createObjectNode()), fiveMinutesAgo));
    HttpResponse<String> lagging = get("/health");

    // THEN the first report is ok on every check; the second is degraded, naming the relay
    assertThat(healthy.statusCode()).isEqualTo(200);
    JsonNode ok = Json.parse(healthy.body());
    assertThat(ok.path("status").asText()).isEqualTo("ok");
    assertThat(ok.path("checks").path("database").path("status").asText()).isEqualTo("ok");
    assertThat(ok.path("checks").path("workers").path("status").asText()).isEqualTo("ok");
    assertThat(lagging.statusCode()).isEqualTo(200);
    JsonNode degraded = Json.parse(lagging.body());
    assertThat(degraded.path("status").asText()).isEqualTo("degraded");
    assertThat(degraded.path("checks").path("relay").path("status").asText()).isEqualTo("lagging");
    assertThat(degraded.path("checks").path("relay").path("overdue").asLong()).isEqualTo(1);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
