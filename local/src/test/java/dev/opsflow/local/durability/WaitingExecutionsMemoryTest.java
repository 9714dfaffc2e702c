package dev.opsflow.local.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.Database;
import dev.opsflow.shared.json.Json;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Waiting executions live in the database, not in the engine's heap: 10,000 executions parked on a day-long Wait
 * on the PostgreSQL store, with workers running, must leave the JVM's used heap (after a full GC) about where
 * it was. Prints the figures on a line starting with {@code MEMORY:}.
 */
class WaitingExecutionsMemoryTest {
  static final int EXECUTIONS = 10_000;
  static final int STARTERS = 4;
  /**
   * Measured growth is ~0.1 MB; one checkpoint (ExecutionState) kept per execution would add ~1.6 KB each, 16 MB
   * in all, so 8 MB catches such a leak with a 2x margin while leaving room for noise.
   */
  static final long MAX_GROWTH_BYTES = 8L * 1024 * 1024;
  static final Duration SETTLE_WAIT = Duration.ofSeconds(90);
  static final String WAITING = """
      {"StartAt": "Hold", "States": {
        "Hold": {"Type": "Wait", "Seconds": 86400, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;
  static final String WARM_UP = """
      {"StartAt": "Hold", "States": {
        "Hold": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;

  @Test
  void tenThousandWaitingExecutions_holdNothingPerExecutionInTheHeap() throws Exception {
    // GIVEN an engine with two workers on the PostgreSQL store, warmed up by a few short executions
    Database database = DurabilityDatabase.clean();
    DataSource dataSource = database.dataSource();
    EngineSettings settings = EngineSettings.defaults();
    LocalEngine engine =
        new LocalEngine(database.executionStore(), database.stateMachineStore(), EngineClock.system(), new LambdaRegistry(), settings);
    StateMachineRecord waiting = revision(engine, "memory-wait", WAITING);
    StateMachineRecord warmUp = revision(engine, "memory-warm-up", WARM_UP);
    EngineWorkers workers = new EngineWorkers(engine, 2);
    try {
      startAll(engine, warmUp, "warm-up", 200);
      awaitCount(dataSource, "SELECT count(*) FROM executions WHERE status = 'SUCCEEDED'", 200);
      long before = usedHeapAfterGc();

      // WHEN 10,000 executions are started and their first step (entering the Wait) is processed
      long startNanos = System.nanoTime();
      startAll(engine, waiting, "waiting", EXECUTIONS);
      double startSeconds = (System.nanoTime() - startNanos) / 1e9;
      long afterStart = usedHeapAfterGc();
      awaitCount(dataSource, "SELECT count(*) FROM work_items WHERE kind = 'WAKE'", EXECUTIONS);
      double settledSeconds = (System.nanoTime() - startNanos) / 1e9;
      long afterFirstSteps = usedHeapAfterGc();

      // THEN the database holds them all, waiting, and the heap did not grow with them
      assertThat(Sql.number(dataSource, "SELECT count(*) FROM executions WHERE status = 'RUNNING'")).isEqualTo(EXECUTIONS);
      assertThat(Sql.number(dataSource, "SELECT count(*) FROM work_items")).isEqualTo(EXECUTIONS);
      assertThat(Sql.number(dataSource, "SELECT count(*) FROM history_events WHERE type = 'WaitStateEntered'"))
          .isEqualTo(200L + EXECUTIONS);
      long growth = Math.max(afterStart, afterFirstSteps) - before;
      System.out.printf(
          "MEMORY: executions=%d heapBefore=%.1fMB heapAfterStart=%.1fMB heapAfterFirstSteps=%.1fMB maxGrowth=%.1fMB"
              + " perWaitingExecution=%dB start=%.1fs (%.0f/s) allWaiting=%.1fs%n",
          EXECUTIONS, mb(before), mb(afterStart), mb(afterFirstSteps), mb(growth), (afterFirstSteps - before) / EXECUTIONS,
          startSeconds, EXECUTIONS / startSeconds, settledSeconds);
      assertThat(growth).as("heap growth for %d waiting executions", EXECUTIONS).isLessThan(MAX_GROWTH_BYTES);
    } finally {
      workers.close();
      DurabilityDatabase.clean();
    }
  }

  private static StateMachineRecord revision(LocalEngine engine, String name, String definition) {
    String revisionId = engine.createStateMachine(name, definition, StateMachineType.STANDARD).definitionId();
    return engine.machines().revision(revisionId).orElseThrow();
  }

  /** Starts {@code count} executions of {@code machine} from {@value #STARTERS} threads. */
  private static void startAll(LocalEngine engine, StateMachineRecord machine, String prefix, int count) throws Exception {
    ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int thread = 0; thread < STARTERS; thread++) {
        int first = thread;
        started.add(
            starters.submit(
                () -> {
                  for (int n = first; n < count; n += STARTERS) {
                    String name = prefix + "-" + n;
                    String arn = engine.settings().executionArn(StateMachineType.STANDARD, machine.name(), name);
                    assertThat(engine.start(machine, arn, name, Json.parse("{\"n\":" + n + "}"), null)).isTrue();
                  }
                }));
      }
      for (Future<?> future : started) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      starters.shutdownNow();
    }
  }

  /** Waits (bounded) until {@code countQuery} reports {@code expected}. */
  private static void awaitCount(DataSource dataSource, String countQuery, long expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(SETTLE_WAIT);
    long count = Sql.number(dataSource, countQuery);
    while (count < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      count = Sql.number(dataSource, countQuery);
    }
    assertThat(count).as(countQuery).isEqualTo(expected);
  }

  /**
   * Used heap right after a full collection, the smallest of a few: read at once, because the workers may still
   * be allocating (processing first steps) and their garbage is not what is measured.
   */
  private static long usedHeapAfterGc() throws InterruptedException {
    long smallest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      smallest = Math.min(smallest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      Thread.sleep(50);
    }
    return smallest;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
