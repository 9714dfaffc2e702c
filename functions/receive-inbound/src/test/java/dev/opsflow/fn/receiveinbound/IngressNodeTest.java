package dev.opsflow.fn.receiveinbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.ingress.IngressCommand;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.node.NodeComponents;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.local.store.PostgresExecutionStore;
import dev.opsflow.local.store.PostgresStateMachineStore;
import dev.opsflow.local.workflows.WorkflowLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The node's ingress end to end, as {@code opsflow local} runs it: the Function URL port, the database queue, the
 * node's bus (the shipped rule {@code service-request-received}) and engine, and the operators' API and command.
 */
class IngressNodeTest {
  private static final String TWILIO_TOKEN = "node-test-token";
  private static final String CRM_SECRET = "whsec_node";
  @TempDir Path home;

  @Test
  void channelsToBusToEngine_onceEach_inEntityOrder_andOperatorsSeeAndReplayFailures() throws Exception {
    // GIVEN a node: engine with a stand-in intake machine, the shipped intake rule, the bus and ingress
    DataSource ds = TestPostgres.dataSource();
    TestPostgres.truncate("inbound_messages", "bus_events");
    AppDatabase.install(ds);
    Files.createDirectories(home.resolve("statemachines"));
    Files.writeString(home.resolve("statemachines/service-intake.asl.json"),
        "{\"Comment\": \"stand-in\", \"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Pass\", \"End\": true}}}");
    Files.createDirectories(home.resolve("events/rules"));
    Files.copy(Path.of("../../events/rules/service-request-received.json"), home.resolve("events/rules/service-request-received.json"));
    // The rule's target is the start-workflow function (its own module, tested there): here a stand-in doing what it does
    Files.createDirectories(home.resolve("functions"));
    Files.writeString(home.resolve("functions/manifest.json"),
        "{\"functions\": [{\"name\": \"start-workflow\", \"handler\": \"dev.opsflow.fn.startworkflow.StartWorkflowHandler\"}]}");
    Files.writeString(home.resolve("secrets.json"),
        "{\"twilio\": {\"auth_token\": \"" + TWILIO_TOKEN + "\"}, \"webhook-crm\": {\"signing_secret\": \"" + CRM_SECRET + "\"}}");
    LambdaRegistry lambdas = new LambdaRegistry();
    LocalEngine engine = new LocalEngine(
        new PostgresExecutionStore(ds), new PostgresStateMachineStore(ds), EngineClock.system(), lambdas, EngineSettings.defaults());
    String intakeArn = new WorkflowLoader(engine, lambdas, "opsflow").load(home.resolve("statemachines"), Map.of()).getFirst();
    int ingressPort = freePort();
    int adminPort = freePort();
    Map<String, String> env = Map.of(
        "OPSFLOW_EVENTS_PORT", String.valueOf(freePort()), "OPSFLOW_INGRESS_PORT", String.valueOf(ingressPort),
        "OPSFLOW_INGRESS_ADMIN_PORT", String.valueOf(adminPort), "OPSFLOW_SECRETS_FILE", home.resolve("secrets.json").toString(),
        "OPSFLOW_WEBHOOK_SOURCES", "crm=events", "OPSFLOW_DATA_DIR", home.resolve("data").toString());
    StepFunctionsService sfn = new StepFunctionsService(engine, lambdas);
    lambdas.register("opsflow-start-workflow", (payload, invocation) -> {
      sfn.startExecution(new StartExecutionRequest(
          payload.path("state_machine_arn").asText(), payload.path("execution_name").asText(), Json.write(payload.path("input")), null));
      return Json.MAPPER.createObjectNode();
    });
    try (EngineWorkers workers = new EngineWorkers(engine, 2);
        NodeComponents node = NodeComponents.start(new NodeContext(engine, lambdas, ds, URI.create("http://localhost:1"), home, "127.0.0.1", env))) {
      workers.wake();
      assertThat(node.names()).containsSubsequence("event-bus", "ingress");
      IngressHttp http = new IngressHttp(URI.create("http://localhost:" + ingressPort));

      // WHEN an SMS arrives twice, one entity's five CRM events arrive in order, and one signed event is not JSON
      Map<String, String> sms = Map.of("MessageSid", "SMnode1", "From", "+15551234567", "To", "+15559870000", "Body", "Toilet overflowing");
      assertThat(http.twilio("/twilio/sms", TWILIO_TOKEN, sms).statusCode()).isEqualTo(200);
      assertThat(http.twilio("/twilio/sms", TWILIO_TOKEN, sms).statusCode()).isEqualTo(200);
      for (int seq = 1; seq <= 5; seq++) {
        assertThat(http.webhook("crm", CRM_SECRET, Instant.now(), "evt-" + seq, "deal-9", "{\"seq\": " + seq + "}").statusCode()).isEqualTo(202);
      }
      assertThat(http.webhook("crm", CRM_SECRET, Instant.now(), "evt-broken", null, "{oops").statusCode()).isEqualTo(400);

      // THEN every accepted message is published once: the SMS starts exactly one intake execution with the request
      await(() -> count(ds, "SELECT count(*) FROM inbound_messages WHERE status = 'processed'") == 6);
      await(() -> executions(sfn, intakeArn).size() == 1);
      assertThat(executions(sfn, intakeArn).getFirst().name()).isEqualTo("sms-SMnode1");
      JsonNode input = Json.parse(sfn.describeExecution(executions(sfn, intakeArn).getFirst().executionArn()).input());
      assertThat(input.path("request").path("id").asText()).isEqualTo("req-sms-SMnode1");
      assertThat(input.path("request").path("text").asText()).isEqualTo("Toilet overflowing");
      // AND the CRM events reached the bus in the entity's order
      assertThat(busSequence(ds)).containsExactly(1, 2, 3, 4, 5);

      // AND operators see the failed one, and can replay it (it fails again: it is still not JSON)
      String listed = run("list", "--status", "failed", "--endpoint", "http://localhost:" + adminPort);
      assertThat(listed).contains("failed").contains("webhook").contains("The body is not JSON");
      long failedId = count(ds, "SELECT id FROM inbound_messages WHERE status = 'failed'");
      assertThat(run("replay", String.valueOf(failedId), "--endpoint", "http://localhost:" + adminPort)).contains(failedId + " replayed");
      await(() -> count(ds, "SELECT attempts FROM inbound_messages WHERE id = " + failedId) == 1);
      assertThat(count(ds, "SELECT count(*) FROM inbound_messages WHERE status = 'failed'")).isEqualTo(1);
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new IngressCommand());
    command.setOut(new PrintWriter(out));
    assertThat(command.execute(args)).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  private static List<ExecutionListItem> executions(StepFunctionsService sfn, String machineArn) {
    return sfn.listExecutions(new ListExecutionsRequest(machineArn, null, 100, null)).executions();
  }

  private static List<Integer> busSequence(DataSource ds) throws Exception {
    List<Integer> seqs = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT (event->'detail'->'payload'->>'seq')::int AS seq FROM bus_events WHERE event->>'detail-type' = 'WebhookReceived' ORDER BY received_at, id")) {
      while (rows.next()) {
        seqs.add(rows.getInt("seq"));
      }
    }
    return seqs;
  }

  private static long count(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      return row.next() ? row.getLong(1) : -1;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
