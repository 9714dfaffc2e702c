package dev.opsflow.local.workflows.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.PostgresExecutionStore;
import dev.opsflow.local.store.PostgresStateMachineStore;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The one-machine node for the intake end-to-end test: the engine on PostgreSQL (TestPostgres) with a virtual
 * clock, the repository's workflows and every manifest handler in-process, and the Step Functions API on a free
 * port driven by the real AWS SDK. No background workers: the test moves the engine ({@link #settle}) and the
 * clock ({@link #nextTimer}) itself, so "staff act before the SLA" and "nobody acts" are both exact.
 */
final class IntakeNode implements AutoCloseable {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final String MACHINE = "opsflow-service-intake";

  final VirtualClock clock;
  final DataSource dataSource = TestPostgres.dataSource();
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine;
  final Map<String, String> env = new HashMap<>();
  final FunctionManifest manifest;
  private final StepFunctionsHttpApi api;
  final SfnClient sfn;
  private final HttpClient http = HttpClient.newHttpClient();

  IntakeNode(Instant start) throws IOException {
    TestPostgres.truncate("executions", "history_events", "work_items", "task_tokens", "state_machines",
        "state_machine_revisions", "state_machine_versions", "requests", "request_revisions", "customers", "review_tasks",
        "notifications", "audit_events", "ai_calls");
    AppDatabase.install(dataSource);
    clock = new VirtualClock(start);
    engine = new LocalEngine(new PostgresExecutionStore(dataSource), new PostgresStateMachineStore(dataSource), clock, lambdas,
        EngineSettings.defaults());
    env.put("OPSFLOW_CONFIG_DIR", REPO.resolve("config").toString());
    manifest = FunctionManifest.read(REPO.resolve("functions/manifest.json"));
    IntakeFunctions.registerFor(Files.readString(REPO.resolve("statemachines/service-intake.asl.json")), lambdas, manifest, "opsflow", env);
    new WorkflowLoader(engine, lambdas, "opsflow")
        .load(REPO.resolve("statemachines"), WorkflowLoader.functionPlaceholders(manifest, engine.settings(), "opsflow"));
    api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0);
    sfn = SfnClient.builder()
        .endpointOverride(api.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Runs {@code function} (a manifest name) with extra environment, e.g. another CRM. */
  void configure(String function, Map<String, String> extraEnv) {
    Map<String, String> own = new HashMap<>(env);
    own.putAll(extraEnv);
    String handler = manifest.functions().stream().filter(f -> f.name().equals(function)).findFirst().orElseThrow().handler();
    IntakeFunctions.register(lambdas, "opsflow-" + function, handler, own);
  }

  /** StartExecution, as ingress does it: the name is {@code <channel>-<source id>}. */
  String start(String executionName, String input) {
    String machineArn = engine.settings().stateMachineArn(MACHINE);
    return sfn.startExecution(b -> b.stateMachineArn(machineArn).name(executionName).input(input)).executionArn();
  }

  /** Runs every step that is due now, without moving the clock. */
  void settle() {
    while (engine.runOnce()) {
      // next due step
    }
  }

  /** Moves the clock to the next timer (a Wait, a retry's backoff) and runs what is then due; false when none. */
  boolean nextTimer() {
    var due = engine.executions().nextDue();
    due.ifPresent(clock::waitUntil);
    settle();
    return due.isPresent();
  }

  /**
   * Runs until the execution ends or waits for staff: timers (retry backoffs, waits) jump ahead only while no
   * task token is open, so a pending review is never overtaken by its escalation or its timeout.
   */
  void runToRest(String executionArn) {
    settle();
    while (status(executionArn).equals("RUNNING") && engine.executions().openTokens(1).isEmpty() && nextTimer()) {
      // the next timer fired
    }
  }

  String status(String executionArn) {
    return sfn.describeExecution(b -> b.executionArn(executionArn)).statusAsString();
  }

  /** Status, error and cause: what an assertion on the status shows when it fails. */
  String describe(String executionArn) {
    var d = sfn.describeExecution(b -> b.executionArn(executionArn));
    return d.statusAsString() + " " + d.error() + " " + d.cause();
  }

  /** The review inbox as the local API lists it (ListPendingTaskTokens). */
  List<JsonNode> pendingTasks() {
    List<JsonNode> tasks = new ArrayList<>();
    call("OpsflowLocal.ListPendingTaskTokens", "{}").path("taskTokens").forEach(tasks::add);
    return tasks;
  }

  void sendTaskSuccess(String token, String output) {
    sfn.sendTaskSuccess(b -> b.taskToken(token).output(output));
  }

  /** GetExecutionHistory in AWS's JSON shape (epoch-second timestamps), every event. */
  List<JsonNode> history(String executionArn) {
    List<JsonNode> events = new ArrayList<>();
    call("AWSStepFunctions.GetExecutionHistory", "{\"executionArn\":\"" + executionArn + "\",\"maxResults\":1000}")
        .path("events").forEach(events::add);
    return events;
  }

  /** The names of the states entered, in order. */
  List<String> statesEntered(String executionArn) {
    return history(executionArn).stream()
        .filter(e -> e.path("type").asText().endsWith("StateEntered"))
        .map(e -> e.path("stateEnteredEventDetails").path("name").asText())
        .toList();
  }

  URI endpoint() {
    return api.endpoint();
  }

  private JsonNode call(String target, String body) {
    HttpRequest request = HttpRequest.newBuilder(api.endpoint())
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", target)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      return Json.parse(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    sfn.close();
    api.close();
    http.close();
  }
}
