package dev.opsflow.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine running on the PostgreSQL stores: end to end, and resumed by a new engine after a "crash". */
class PostgresEngineTest {
  static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  static final String DEFINITION = """
      {
        "StartAt": "Prepare",
        "States": {
          "Prepare": {"Type": "Pass", "Parameters": {"items.$": "$.items", "label": "batch"}, "Next": "Pause"},
          "Pause": {"Type": "Wait", "Seconds": 30, "Next": "Fan"},
          "Fan": {
            "Type": "Parallel",
            "Branches": [
              {"StartAt": "Each", "States": {"Each": {
                "Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
                "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Double", "States": {
                  "Double": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:double", "End": true}}},
                "End": true}}},
              {"StartAt": "Label", "States": {"Label": {"Type": "Pass", "InputPath": "$.label", "End": true}}}
            ],
            "Next": "Done"
          },
          "Done": {"Type": "Succeed"}
        }
      }
      """;
  static final String INPUT = "{\"items\": [1, 2, 3]}";
  static final String OUTPUT = "[[2,4,6],\"batch\"]";

  DataSource dataSource;
  AtomicInteger invocations = new AtomicInteger();
  LambdaRegistry lambdas = new LambdaRegistry();

  @BeforeEach
  void cleanDatabase() {
    dataSource = TestDatabase.clean().dataSource();
    lambdas.register(
        "double",
        (payload, invocation) -> {
          invocations.incrementAndGet();
          return IntNode.valueOf(payload.asInt() * 2);
        });
  }

  LocalEngine engine(VirtualClock clock) {
    return new LocalEngine(
        new PostgresExecutionStore(dataSource), new PostgresStateMachineStore(dataSource), clock, lambdas, EngineSettings.defaults());
  }

  /** One due work item processed, after moving the clock to the next timer if nothing is due yet. */
  static boolean runOneStep(LocalEngine engine, VirtualClock clock) {
    if (engine.runOnce()) {
      return true;
    }
    var due = engine.executions().nextDue();
    due.ifPresent(clock::waitUntil);
    return due.isPresent() && engine.runOnce();
  }

  static List<String> types(List<ObjectNode> history) {
    return history.stream().map(e -> e.get("type").asText()).toList();
  }

  @Test
  void run_passWaitParallelMapAndLambdaTask_succeedsLikeTheInMemoryEngine() {
    // GIVEN the same machine on the PostgreSQL engine and on the in-memory engine
    LocalEngine durable = engine(new VirtualClock(START));
    StateMachineRef machine = durable.createStateMachine("batch", DEFINITION, StateMachineType.STANDARD);
    LocalEngine inMemory = LocalEngine.inMemory(new VirtualClock(START), lambdas);
    StateMachineRef sameMachine = inMemory.createStateMachine("batch", DEFINITION, StateMachineType.STANDARD);

    // WHEN both run it
    ExecutionResult result = durable.run(machine, "run-1", INPUT);
    ExecutionResult expected = inMemory.run(sameMachine, "run-1", INPUT);

    // THEN it succeeds with the same output, after the 30 s wait, and the same history
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.write(result.output())).isEqualTo(OUTPUT);
    assertThat(durable.clock().now()).isEqualTo(START.plusSeconds(30));
    assertThat(types(result.history())).isEqualTo(types(expected.history())).contains("WaitStateExited", "MapStateSucceeded", "ParallelStateSucceeded");
    assertThat(result.history()).extracting(e -> e.get("id").asLong()).isSorted().doesNotHaveDuplicates();
    assertThat(durable.executions().find(result.executionArn()).orElseThrow().stopTime()).isEqualTo(START.plusSeconds(30));
    assertThat(durable.executions().nextDue()).isEmpty();
  }

  @Test
  void newEngineOnSameDatabase_afterCrashMidRun_completesTheExecution() {
    // GIVEN an execution that an engine started and took a few steps of
    VirtualClock clock = new VirtualClock(START);
    LocalEngine crashed = engine(clock);
    StateMachineRef machine = crashed.createStateMachine("batch", DEFINITION, StateMachineType.STANDARD);
    String arn = EngineSettings.defaults().executionArn(StateMachineType.STANDARD, "batch", "run-1");
    crashed.start(crashed.machines().revision(machine.definitionId()).orElseThrow(), arn, "run-1", Json.parse(INPUT), "order-7");
    int steps = 0;
    while (steps < 8 && runOneStep(crashed, clock)) {
      steps++;
    }
    // ... and then died holding the next item (claimed, never committed)
    assertThat(crashed.executions().claim(clock.now(), crashed.workerId(), Duration.ofSeconds(60))).isPresent();
    int historyBefore = crashed.executions().history(arn).size();
    Instant crashTime = clock.now();

    // WHEN a new engine (fresh stores, no cached definitions) drains the same database
    LocalEngine restarted = engine(new VirtualClock(clock.now()));
    restarted.drain(arn);

    // THEN it takes over the dead worker's item once its lease ends and the execution succeeds
    ExecutionResult result = restarted.result(arn).orElseThrow();
    assertThat(steps).isEqualTo(8);
    assertThat(restarted.clock().now()).isAfterOrEqualTo(crashTime.plusSeconds(60));
    assertThat(historyBefore).isGreaterThan(3);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.write(result.output())).isEqualTo(OUTPUT);
    assertThat(types(result.history())).containsOnlyOnce("ExecutionStarted", "ExecutionSucceeded");
    assertThat(result.history()).extracting(e -> e.get("id").asLong()).isSorted().doesNotHaveDuplicates();
    assertThat(restarted.executions().find(arn).orElseThrow().businessKey()).isEqualTo("order-7");
    assertThat(invocations.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void twoEnginesDrainingOneDatabase_completeEveryExecutionOnce() throws Exception {
    // GIVEN six executions started on a shared database and two engines (two workers) on it
    VirtualClock clock = new VirtualClock(START);
    LocalEngine one = engine(clock);
    LocalEngine two = engine(clock);
    StateMachineRef machine = one.createStateMachine("batch", DEFINITION, StateMachineType.STANDARD);
    var revision = one.machines().revision(machine.definitionId()).orElseThrow();
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String arn = EngineSettings.defaults().executionArn(StateMachineType.STANDARD, "batch", "run-" + i);
      assertThat(one.start(revision, arn, "run-" + i, Json.parse(INPUT), null)).isTrue();
      arns.add(arn);
    }

    // WHEN both engines drain at the same time on their own threads
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = threads.submit(() -> one.drain(null));
      Future<?> second = threads.submit(() -> two.drain(null));
      first.get(60, TimeUnit.SECONDS);
      second.get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    one.drain(null);

    // THEN every execution succeeded with the right output and a history without duplicated steps
    for (String arn : arns) {
      ExecutionResult result = one.result(arn).orElseThrow();
      assertThat(result.status()).as(arn).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(Json.write(result.output())).isEqualTo(OUTPUT);
      assertThat(types(result.history())).containsOnlyOnce("ExecutionStarted", "ExecutionSucceeded", "MapStateSucceeded");
      assertThat(result.history()).extracting(e -> e.get("id").asLong()).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void backgroundWorkersOnTheSystemClock_runAnExecutionToSuccess() throws Exception {
    // GIVEN an engine on real time with two background workers
    LocalEngine engine =
        new LocalEngine(
            new PostgresExecutionStore(dataSource), new PostgresStateMachineStore(dataSource), EngineClock.system(), lambdas,
            EngineSettings.defaults());
    String definition = DEFINITION.replace("\"Seconds\": 30", "\"Seconds\": 1");
    StateMachineRef machine = engine.createStateMachine("batch", definition, StateMachineType.STANDARD);
    String arn = EngineSettings.defaults().executionArn(StateMachineType.STANDARD, "batch", "live");

    try (EngineWorkers workers = new EngineWorkers(engine, 2)) {
      // WHEN an execution is started and the workers pick it up
      engine.start(engine.machines().revision(machine.definitionId()).orElseThrow(), arn, "live", Json.parse(INPUT), null);
      workers.wake();
      Instant deadline = Instant.now().plusSeconds(30);
      while (engine.executions().find(arn).orElseThrow().status() == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }

      // THEN it succeeds on its own
      ExecutionResult result = engine.result(arn).orElseThrow();
      assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(Json.write(result.output())).isEqualTo(OUTPUT);
    }
  }
}
