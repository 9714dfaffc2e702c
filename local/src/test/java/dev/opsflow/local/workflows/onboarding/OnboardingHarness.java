package dev.opsflow.local.workflows.onboarding;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.fn.alertoperators.AlertOperatorsHandler;
import dev.opsflow.fn.createasanaproject.CreateAsanaProjectHandler;
import dev.opsflow.fn.createdrivefolder.CreateDriveFolderHandler;
import dev.opsflow.fn.createstripecustomer.CreateStripeCustomerHandler;
import dev.opsflow.fn.inviteslackmember.InviteSlackMemberHandler;
import dev.opsflow.fn.openoperatortask.OpenOperatorTaskHandler;
import dev.opsflow.fn.sendwelcomeemail.SendWelcomeEmailHandler;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.PostgresExecutionStore;
import dev.opsflow.local.store.PostgresStateMachineStore;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.LedgerEntry;
import dev.opsflow.shared.ledger.PostgresLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The client-onboarding workflow as it runs locally: the repository's ASL file and manifest, the seven real
 * handlers (wired as in a Lambda, from an environment naming the secrets file and the API URLs), the engine on
 * PostgreSQL with a virtual clock, and one WireMock server per third-party API.
 */
final class OnboardingHarness implements AutoCloseable {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
  static final String PREFIX = "opsflow";
  static final String MACHINE = PREFIX + "-client-onboarding";
  static final Duration HORIZON = Duration.ofHours(1);
  static final String OPERATOR_EMAIL = "ops@ridgelinehome.example";

  final DataSource db = TestPostgres.dataSource();
  final VirtualClock clock = new VirtualClock(START);
  final StripeOutage stripeOutage = new StripeOutage();
  final WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort().extensions(stripeOutage));
  final WireMockServer asana = new WireMockServer(wireMockConfig().dynamicPort());
  final WireMockServer slack = new WireMockServer(wireMockConfig().dynamicPort());
  final WireMockServer drive = new WireMockServer(wireMockConfig().dynamicPort());
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine;
  final StateMachineRecord machine;
  final PostgresLedger ledger = new PostgresLedger(db);
  /** This test's contract: unique, because the ledger (append-only) outlives each test's executions. */
  final String contractId = "ctr_" + Long.toString(System.nanoTime(), 36);

  OnboardingHarness() {
    LogCapture.install();
    TestPostgres.truncate(
        "executions", "history_events", "work_items", "task_tokens", "state_machines", "state_machine_revisions",
        "state_machine_versions", "operator_tasks", "operator_alerts");
    AppDatabase.install(db);
    for (WireMockServer server : List.of(stripe, asana, slack, drive)) {
      server.start();
    }
    ApiStubs.stripe(stripe, contractId);
    ApiStubs.asana(asana);
    ApiStubs.slack(slack);
    ApiStubs.drive(drive);
    Map<String, String> env;
    try {
      env = Map.of(
          "OPSFLOW_SECRETS_FILE", OnboardingSecrets.writeFile(Path.of("target", "onboarding-secrets")).toString(),
          "OPSFLOW_STRIPE_API_URL", stripe.baseUrl(),
          "OPSFLOW_ASANA_API_URL", asana.baseUrl(),
          "OPSFLOW_SLACK_API_URL", slack.baseUrl(),
          "OPSFLOW_DRIVE_API_URL", drive.baseUrl(),
          "OPSFLOW_ASANA_WORKSPACE", "1100000000000001",
          "OPSFLOW_ASANA_TEAM", "1100000000000002",
          "OPSFLOW_SLACK_CHANNEL", "C061EG9SL",
          "OPSFLOW_DRIVE_PARENT_FOLDER", "0AHw-shared-clients",
          "OPSFLOW_OPERATOR_EMAILS", OPERATOR_EMAIL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    register("create-stripe-customer", JavaHandlerFunction.of(new CreateStripeCustomerHandler(env)));
    register("create-asana-project", JavaHandlerFunction.of(new CreateAsanaProjectHandler(env)));
    register("invite-slack-member", JavaHandlerFunction.of(new InviteSlackMemberHandler(env)));
    register("create-drive-folder", JavaHandlerFunction.of(new CreateDriveFolderHandler(env)));
    register("send-welcome-email", JavaHandlerFunction.of(new SendWelcomeEmailHandler(env)));
    register("alert-operators", JavaHandlerFunction.of(new AlertOperatorsHandler(env)));
    register("open-operator-task", JavaHandlerFunction.of(new OpenOperatorTaskHandler(env)));
    engine = new LocalEngine(new PostgresExecutionStore(db), new PostgresStateMachineStore(db), clock, lambdas, EngineSettings.defaults());
    machine = loadWorkflow();
  }

  private void register(String function, JavaHandlerFunction handler) {
    lambdas.register(PREFIX + "-" + function, handler);
  }

  /** Loads statemachines/client-onboarding.asl.json alone (other workflows may need functions not wired here). */
  private StateMachineRecord loadWorkflow() {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "onboarding-asl");
      Files.copy(REPO.resolve("statemachines/client-onboarding.asl.json"), dir.resolve("client-onboarding.asl.json"));
      FunctionManifest manifest = FunctionManifest.read(REPO.resolve("functions/manifest.json"));
      String arn =
          new WorkflowLoader(engine, lambdas, PREFIX)
              .load(dir, WorkflowLoader.functionPlaceholders(manifest, engine.settings(), PREFIX))
              .get(0);
      return engine.machines().find(arn).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract-signed event of this test's contract on {@code plan}. */
  String contract(String plan) {
    return contract(contractId, plan);
  }

  /** A contract-signed event for contract {@code id} on {@code plan}. */
  static String contract(String id, String plan) {
    return """
        {"contract": {"id": "%s", "plan": "%s", "signed_at": "2026-11-21T09:58:00Z",
          "client": {"company": "Acme Property Management", "contact_name": "Dana Reyes", "email": "dana@acme.example", "phone": "+15551234567"}}}
        """.formatted(id, plan);
  }

  /** The execution ARN the ingress uses for a contract: its name is {@code contract-<id>}. */
  String executionArn(String contractId) {
    return engine.settings().executionArn(StateMachineType.STANDARD, MACHINE, "contract-" + contractId);
  }

  /** Starts the onboarding of {@code event}'s contract; false when that execution exists already (a duplicate). */
  boolean start(String event) {
    JsonNode input = Json.parse(event);
    String id = input.at("/contract/id").asText();
    return engine.start(machine, executionArn(id), "contract-" + id, input, "contract:" + id);
  }

  /**
   * Runs the engine until the execution ends or waits for a person: the virtual clock jumps to timers due within
   * {@link #HORIZON} (retries, Retry-After waits) but not to the operator task's 14-day timeout.
   */
  ExecutionResult drain() {
    String arn = executionArn(contractId);
    while (!engine.executions().find(arn).orElseThrow().status().isTerminal()) {
      if (engine.runOnce()) {
        continue;
      }
      Optional<Instant> due = engine.executions().nextDue();
      if (due.isEmpty() || due.get().isAfter(clock.now().plus(HORIZON))) {
        break;
      }
      clock.waitUntil(due.get());
    }
    return engine.result(arn).orElseThrow();
  }

  ExecutionResult run(String event) {
    start(event);
    return drain();
  }

  String executionArn() {
    return executionArn(contractId);
  }

  /** The ledger entries of this test's execution. */
  List<LedgerEntry> ledger() {
    return ledger.entries(executionArn());
  }

  /** The seconds since {@link #START} at which each event of {@code type} happened. */
  static List<Long> secondsOf(ExecutionResult result, String type) {
    return events(result, type).stream().map(e -> Instant.parse(e.path("timestamp").asText()).getEpochSecond() - START.getEpochSecond()).toList();
  }

  static List<ObjectNode> events(ExecutionResult result, String type) {
    return result.history().stream().filter(e -> type.equals(e.path("type").asText())).toList();
  }

  @Override
  public void close() {
    for (WireMockServer server : List.of(stripe, asana, slack, drive)) {
      server.stop();
    }
  }
}
