package dev.opsflow.local.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.Database;
import dev.opsflow.shared.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The durable engine survives SIGKILL: a child JVM runs the workers and is killed at random moments while 200
 * executions (Waits, two side-effect Lambda tasks, a task-token task answered from this process) are in flight,
 * then restarted. Every execution must still succeed once, with each side effect applied once per idempotency
 * key even when the engine invoked it again (at-least-once), and consistent histories.
 */
class CrashRecoveryTest {
  static final int EXECUTIONS = 200;
  static final int BATCH = 10;
  static final List<String> SIDE_EFFECT_STATES = List.of("ReserveStock", "ChargeCard");
  static final Duration COMPLETION_WAIT = Duration.ofSeconds(120);
  static final String SIDE_EFFECT_ARN = "arn:aws:lambda:us-east-1:111111111111:function:" + CrashLambdas.SIDE_EFFECT;
  static final String DEFINITION = """
      {
        "StartAt": "FirstPause",
        "States": {
          "FirstPause": {"Type": "Wait", "Seconds": 1, "Next": "ReserveStock"},
          "ReserveStock": {
            "Type": "Task", "Resource": "%1$s",
            "Parameters": {"n.$": "$.n", "step": "reserve", "execution.$": "$$.Execution.Id", "state.$": "$$.State.Name"},
            "ResultPath": "$.reserved", "Next": "SecondPause"},
          "SecondPause": {"Type": "Wait", "Seconds": 2, "Next": "AwaitApproval"},
          "AwaitApproval": {
            "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "Parameters": {"FunctionName": "%2$s",
                           "Payload": {"token.$": "$$.Task.Token", "n.$": "$.n", "execution.$": "$$.Execution.Id"}},
            "ResultPath": "$.approval", "Next": "ChargeCard"},
          "ChargeCard": {
            "Type": "Task", "Resource": "%1$s",
            "Parameters": {"n.$": "$.n", "step": "charge", "execution.$": "$$.Execution.Id", "state.$": "$$.State.Name"},
            "ResultPath": "$.charged", "Next": "Done"},
          "Done": {"Type": "Succeed"}
        }
      }
      """.formatted(SIDE_EFFECT_ARN, CrashLambdas.STORE_TOKEN);

  static String expectedOutput(int n) {
    return "{\"n\":%1$d,\"reserved\":{\"step\":\"reserve\",\"n\":%1$d},\"approval\":{\"approved\":true,\"n\":%1$d},"
        .formatted(n) + "\"charged\":{\"step\":\"charge\",\"n\":%d}}".formatted(n);
  }

  static String arn(int n) {
    return CrashWorkerMain.SETTINGS.executionArn(StateMachineType.STANDARD, "crash-order", "order-" + n);
  }

  @Test
  void workerProcessKilledRepeatedly_completesEveryExecutionWithEachSideEffectOnce() throws Exception {
    // GIVEN the shared database, this process's engine (starts executions, answers tokens) and a worker child JVM
    long began = System.nanoTime();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Database database = DurabilityDatabase.clean();
    DataSource dataSource = database.dataSource();
    CrashLambdas.createTables(dataSource);
    LocalEngine engine =
        new LocalEngine(
            database.executionStore(), database.stateMachineStore(), EngineClock.system(), new LambdaRegistry(),
            CrashWorkerMain.SETTINGS);
    StateMachineRef machine = engine.createStateMachine("crash-order", DEFINITION, StateMachineType.STANDARD);
    StateMachineRecord revision = engine.machines().revision(machine.definitionId()).orElseThrow();
    Path log = Path.of("target", "crash-worker.log");
    Files.deleteIfExists(log);
    int kills = 3 + random.nextInt(3);
    List<Long> runningAtKills = new ArrayList<>();
    ExecutorService starter = Executors.newSingleThreadExecutor();
    WorkerProcess worker = WorkerProcess.start(database.jdbcUrl(), log);
    TokenAnswerer answerer = new TokenAnswerer(engine, dataSource);
    try {
      // WHEN 200 executions start over ~20 s while the worker is killed (SIGKILL) at random moments and restarted
      Future<?> starting = starter.submit(() -> startAll(engine, revision));
      for (int kill = 0; kill < kills; kill++) {
        Thread.sleep(1000 + random.nextInt(2000));
        runningAtKills.add(Sql.number(dataSource, "SELECT count(*) FROM executions WHERE status = 'RUNNING'"));
        worker.kill();
        worker = WorkerProcess.start(database.jdbcUrl(), log);
      }
      starting.get(60, TimeUnit.SECONDS);
      awaitQuiet(dataSource);
      assertThat(answerer.failure()).as("token answering").isNull();
    } finally {
      worker.kill();
      answerer.close();
      starter.shutdownNow();
    }

    // THEN every execution succeeded once, with the exact output and a consistent history
    for (int n = 0; n < EXECUTIONS; n++) {
      ExecutionResult result = engine.result(arn(n)).orElseThrow();
      assertThat(result.status()).as(arn(n)).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(Json.write(result.output())).as(arn(n)).isEqualTo(expectedOutput(n));
      assertConsistent(result.history(), arn(n));
    }
    // ... each side effect applied exactly once per (execution, state), under one idempotency key
    long effects = Sql.number(dataSource, "SELECT count(*) FROM side_effects");
    long attempts = Sql.number(dataSource, "SELECT count(*) FROM side_effect_attempts");
    assertThat(effects).isEqualTo((long) EXECUTIONS * SIDE_EFFECT_STATES.size());
    assertThat(appliedPairs(dataSource)).isEqualTo(expectedPairs());
    assertThat(attempts).isGreaterThanOrEqualTo(effects);
    assertThat(Sql.number(dataSource, "SELECT count(DISTINCT idempotency_key) FROM side_effect_attempts")).isEqualTo(effects);
    // ... nothing left behind, and the kills hit while executions were in flight
    assertThat(Sql.number(dataSource, "SELECT count(*) FROM work_items")).isZero();
    assertThat(Sql.number(dataSource, "SELECT count(*) FROM task_tokens")).isZero();
    assertThat(engine.executions().openTokens(10)).isEmpty();
    assertThat(answerer.answered()).isGreaterThanOrEqualTo(EXECUTIONS);
    assertThat(runningAtKills).hasSize(kills).filteredOn(running -> running > 0).hasSizeGreaterThanOrEqualTo(3);
    System.out.printf(
        "CRASH: executions=%d kills=%d runningAtKills=%s sideEffects=%d attempts=%d reinvocations=%d tokensAnswered=%d"
            + " tokensRejected=%d seed=%d runtime=%.1fs%n",
        EXECUTIONS, kills, runningAtKills, effects, attempts, attempts - effects, answerer.answered(), answerer.rejected(),
        seed, (System.nanoTime() - began) / 1e9);
  }

  /** Starts the executions in batches of {@value #BATCH}, one batch a second. */
  private static Void startAll(LocalEngine engine, StateMachineRecord revision) throws InterruptedException {
    for (int n = 0; n < EXECUTIONS; n++) {
      if (n > 0 && n % BATCH == 0) {
        Thread.sleep(1000);
      }
      assertThat(engine.start(revision, arn(n), "order-" + n, Json.parse("{\"n\":" + n + "}"), null)).isTrue();
    }
    return null;
  }

  /** Waits (bounded) until no execution runs and no work item is left. */
  private static void awaitQuiet(DataSource dataSource) throws InterruptedException {
    Instant deadline = Instant.now().plus(COMPLETION_WAIT);
    long running;
    long items;
    do {
      Thread.sleep(250);
      running = Sql.number(dataSource, "SELECT count(*) FROM executions WHERE status = 'RUNNING'");
      items = Sql.number(dataSource, "SELECT count(*) FROM work_items");
    } while ((running > 0 || items > 0) && Instant.now().isBefore(deadline));
    assertThat(running).as("executions still running after %s", COMPLETION_WAIT).isZero();
    assertThat(items).as("work items left after %s", COMPLETION_WAIT).isZero();
  }

  /** Event ids are 1..N without gaps; each event points back to an earlier one; each step happened once. */
  private static void assertConsistent(List<ObjectNode> history, String arn) {
    assertThat(history).extracting(e -> e.get("id").asLong()).as(arn).containsExactlyElementsOf(
        LongStream.rangeClosed(1, history.size()).boxed().toList());
    assertThat(history).as(arn).allSatisfy(e -> assertThat(e.get("previousEventId").asLong()).isLessThan(e.get("id").asLong()));
    List<String> types = history.stream().map(e -> e.get("type").asText()).toList();
    assertThat(types).as(arn).containsOnlyOnce("ExecutionStarted", "ExecutionSucceeded", "TaskSucceeded");
    assertThat(types).as(arn).filteredOn("TaskStateEntered"::equals).hasSize(3);
    assertThat(types).as(arn).filteredOn("WaitStateExited"::equals).hasSize(2);
    assertThat(types).as(arn).filteredOn("LambdaFunctionSucceeded"::equals).hasSize(2);
  }

  private static Set<String> appliedPairs(DataSource dataSource) {
    return new HashSet<>(Sql.rows(dataSource, "SELECT execution_arn, state FROM side_effects", row -> row.getString(1) + "|" + row.getString(2)));
  }

  private static Set<String> expectedPairs() {
    Set<String> pairs = new HashSet<>();
    for (int n = 0; n < EXECUTIONS; n++) {
      for (String state : SIDE_EFFECT_STATES) {
        pairs.add(arn(n) + "|" + state);
      }
    }
    return pairs;
  }
}
