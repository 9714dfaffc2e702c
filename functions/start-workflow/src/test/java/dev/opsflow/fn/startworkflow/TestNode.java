package dev.opsflow.fn.startworkflow;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.node.NodeComponents;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.local.store.PostgresExecutionStore;
import dev.opsflow.local.store.PostgresStateMachineStore;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import dev.opsflow.shared.aws.Endpoints;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ingress.webhook.WebhookSignature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@code opsflow local} as its command assembles it, in a temporary repository root: the engine on PostgreSQL,
 * the manifest's functions loaded by class name (start-workflow), the Step Functions API whose endpoint the node
 * installs for them, and the node components (the bus with the shipped rule files, ingress). The two workflows
 * are small stand-ins with the real ones' names; the onboarding one reads its input as the real one does
 * ({@code $states.input.contract}) and answers the contract's id.
 */
final class TestNode implements AutoCloseable {
  static final String INTAKE_SECRET = "whsec_answering_2b1c";
  static final String ESIGN_SECRET = "whsec_esign_77d0";
  private static final Path REPO = Path.of("..", "..");

  final DataSource ds = TestPostgres.dataSource();
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine;
  final StepFunctionsService sfn;
  final String intakeArn;
  final String onboardingArn;
  final URI ingress;
  final URI events;
  private final EngineWorkers workers;
  private final StepFunctionsHttpApi api;
  private final NodeComponents components;
  private final HttpClient http = HttpClient.newHttpClient();

  TestNode(Path home) throws Exception {
    TestPostgres.truncate(
        "inbound_messages", "bus_dead_letters", "bus_deliveries", "bus_events", "bus_schedules", "bus_rules", "executions", "history_events",
        "work_items", "task_tokens", "state_machine_versions", "state_machine_revisions", "state_machines");
    AppDatabase.install(ds);
    writeRepository(home);
    engine = new LocalEngine(new PostgresExecutionStore(ds), new PostgresStateMachineStore(ds), EngineClock.system(), lambdas, EngineSettings.defaults());
    FunctionManifest manifest = FunctionManifest.read(home.resolve("functions/manifest.json"));
    WorkflowLoader loader = new WorkflowLoader(engine, lambdas, "opsflow");
    loader.registerFunctions(manifest);
    loader.load(home.resolve("statemachines"), WorkflowLoader.functionPlaceholders(manifest, engine.settings(), "opsflow"));
    intakeArn = engine.settings().stateMachineArn("opsflow-service-intake");
    onboardingArn = engine.settings().stateMachineArn("opsflow-client-onboarding");
    sfn = new StepFunctionsService(engine, lambdas);
    workers = new EngineWorkers(engine, 2);
    api = new StepFunctionsHttpApi(sfn).start(0);
    Endpoints.install(Endpoints.STEP_FUNCTIONS, api.endpoint());
    int ingressPort = freePort();
    int eventsPort = freePort();
    Map<String, String> env = Map.of(
        "OPSFLOW_EVENTS_PORT", String.valueOf(eventsPort), "OPSFLOW_INGRESS_PORT", String.valueOf(ingressPort),
        "OPSFLOW_INGRESS_ADMIN_PORT", String.valueOf(freePort()), "OPSFLOW_SECRETS_FILE", home.resolve("secrets.json").toString(),
        "OPSFLOW_WEBHOOK_SOURCES", "answering-service=intake,esign=contract", "OPSFLOW_DATA_DIR", home.resolve("data").toString());
    components = NodeComponents.start(new NodeContext(engine, lambdas, ds, api.endpoint(), home, "127.0.0.1", env));
    workers.wake();
    ingress = URI.create("http://127.0.0.1:" + ingressPort);
    events = URI.create("http://127.0.0.1:" + eventsPort);
  }

  private static void writeRepository(Path home) throws IOException {
    Files.createDirectories(home.resolve("statemachines"));
    Files.writeString(home.resolve("statemachines/service-intake.asl.json"),
        "{\"Comment\": \"stand-in\", \"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Pass\", \"End\": true}}}");
    Files.writeString(home.resolve("statemachines/client-onboarding.asl.json"), """
        {"Comment": "stand-in", "QueryLanguage": "JSONata", "StartAt": "ReceiveContract",
         "States": {"ReceiveContract": {"Type": "Pass", "Output": "{% $states.input.contract.id %}", "End": true}}}""");
    Files.createDirectories(home.resolve("events/rules"));
    for (String rule : List.of("service-request-received.json", "contract-signed.json")) {
      Files.copy(REPO.resolve("events/rules").resolve(rule), home.resolve("events/rules").resolve(rule));
    }
    Files.createDirectories(home.resolve("functions"));
    Files.writeString(home.resolve("functions/manifest.json"),
        "{\"functions\": [{\"name\": \"start-workflow\", \"handler\": \"" + StartWorkflowHandler.class.getName() + "\"}]}");
    Files.writeString(home.resolve("secrets.json"), "{\"webhook-answering-service\": {\"signing_secret\": \"" + INTAKE_SECRET
        + "\"}, \"webhook-esign\": {\"signing_secret\": \"" + ESIGN_SECRET + "\"}}");
  }

  /** A webhook to {@code source}, signed now with {@code secret}, with its event id. */
  HttpResponse<String> webhook(String source, String secret, String eventId, String body) throws IOException, InterruptedException {
    long now = Instant.now().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(ingress.resolve("/webhooks/" + source))
        .header("Content-Type", "application/json")
        .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
        .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, now, body.getBytes(StandardCharsets.UTF_8)))
        .header("X-Opsflow-Event-Id", eventId)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  List<ExecutionListItem> executions(String machineArn) {
    return sfn.listExecutions(new ListExecutionsRequest(machineArn, null, 100, null)).executions();
  }

  long count(String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      return row.next() ? row.getLong(1) : -1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code condition} every 50 ms, for at most 20 seconds. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    components.close();
    api.close();
    workers.close();
    http.close();
  }
}
