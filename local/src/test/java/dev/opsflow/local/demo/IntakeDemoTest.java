package dev.opsflow.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.PostgresExecutionStore;
import dev.opsflow.local.store.PostgresStateMachineStore;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import dev.opsflow.local.workflows.intake.IntakeFunctions;
import dev.opsflow.shared.db.AppDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code opsflow local --demo} against a node like the one {@code opsflow local} starts: real clock, workers, HTTP API. */
class IntakeDemoTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void demo_sendsEverySample_andReportsWhereEachStands() throws Exception {
    // GIVEN a node with the intake workflow, its handlers, two workers and the Step Functions API
    DataSource dataSource = TestPostgres.dataSource();
    TestPostgres.truncate("executions", "history_events", "work_items", "task_tokens", "state_machines",
        "state_machine_revisions", "state_machine_versions", "requests", "request_revisions", "customers", "review_tasks",
        "notifications", "audit_events", "ai_calls");
    AppDatabase.install(dataSource);
    LambdaRegistry lambdas = new LambdaRegistry();
    LocalEngine engine = new LocalEngine(new PostgresExecutionStore(dataSource), new PostgresStateMachineStore(dataSource),
        EngineClock.system(), lambdas, EngineSettings.defaults());
    FunctionManifest manifest = FunctionManifest.read(REPO.resolve("functions/manifest.json"));
    IntakeFunctions.registerFor(Files.readString(REPO.resolve("statemachines/service-intake.asl.json")), lambdas, manifest, "opsflow",
        Map.of("OPSFLOW_CONFIG_DIR", REPO.resolve("config").toString()));
    new WorkflowLoader(engine, lambdas, "opsflow")
        .load(REPO.resolve("statemachines"), WorkflowLoader.functionPlaceholders(manifest, engine.settings(), "opsflow"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<IntakeDemo.Outcome> outcomes;
    try (EngineWorkers workers = new EngineWorkers(engine, 2);
        StepFunctionsHttpApi api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0)) {
      workers.wake();
      // WHEN the demo runs
      outcomes = new IntakeDemo(api.endpoint(), engine.settings().stateMachineArn(IntakeDemo.MACHINE), Duration.ofSeconds(60))
          .run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }
    // THEN the complete SMS is confirmed, the newsletter closed, and the others wait for staff where they should
    assertThat(outcomes).extracting(o -> o.status() + " " + o.state()).containsExactly(
        "SUCCEEDED RequestConfirmed",
        "RUNNING OpenReviewTask",
        "RUNNING OpenReviewTask",
        "RUNNING OpenReviewTask",
        "SUCCEEDED RequestClosed");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("succeeded at RequestConfirmed", "waiting for staff at OpenReviewTask", "succeeded at RequestClosed")
        .contains("sms-SM100-", "email-msg-200-mail-example-", "voicemail-VM300-", "web-F400-");
  }
}
