package dev.opsflow.bench;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The opsflow local engine on the PostgreSQL store with {@code workers} {@link EngineWorkers}: a STANDARD state
 * machine of five Task states, each invoking the in-process Lambda function {@code increment} (input + 1), so an
 * execution started with 0 must succeed with 5.
 */
final class OpsflowTarget implements BenchTarget {
  static final String MACHINE_NAME = "bench-five-tasks";
  private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:111111111111:function:increment";
  private static final long TIMEOUT_SECONDS = 120;

  private final Database database;
  private final CompletionSignals store;
  private final LocalEngine engine;
  private final StateMachineRecord machine;
  private final EngineWorkers workers;

  private OpsflowTarget(Database database, CompletionSignals store, LocalEngine engine, StateMachineRecord machine, int workerCount) {
    this.database = database;
    this.store = store;
    this.engine = engine;
    this.machine = machine;
    this.workers = new EngineWorkers(engine, workerCount);
  }

  /** An engine with fresh workers over {@code database}; creates the benchmark's state machine on first use. */
  static OpsflowTarget start(Database database, int workerCount) {
    LambdaRegistry lambdas = new LambdaRegistry();
    lambdas.register("increment", (payload, invocation) -> IntNode.valueOf(payload.asInt() + 1));
    CompletionSignals store = new CompletionSignals(database.executionStore());
    LocalEngine engine = new LocalEngine(store, database.stateMachineStore(), EngineClock.system(), lambdas, EngineSettings.defaults());
    String arn = engine.settings().stateMachineArn(MACHINE_NAME);
    if (engine.machines().find(arn).isEmpty()) {
      engine.createStateMachine(MACHINE_NAME, definition(), StateMachineType.STANDARD);
    }
    return new OpsflowTarget(database, store, engine, engine.machines().find(arn).orElseThrow(), workerCount);
  }

  static String definition() {
    StringBuilder states = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      String next = i < 5 ? "\"Next\": \"Increment" + (i + 1) + "\"" : "\"End\": true";
      states.append(i > 1 ? ",\n" : "")
          .append("    \"Increment").append(i).append("\": {\"Type\": \"Task\", \"Resource\": \"")
          .append(FUNCTION_ARN).append("\", ").append(next).append("}");
    }
    return "{\n  \"StartAt\": \"Increment1\",\n  \"States\": {\n" + states + "\n  }\n}";
  }

  @Override
  public String system() {
    return "opsflow";
  }

  @Override
  public void runWorkflow(String workflowId) throws InterruptedException {
    String arn = engine.settings().executionArn(StateMachineType.STANDARD, MACHINE_NAME, workflowId);
    CompletableFuture<ExecutionState> ended = store.awaitEnd(arn);
    engine.start(machine, arn, workflowId, IntNode.valueOf(0), null);
    ExecutionState state;
    try {
      state = ended.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Execution " + workflowId + " did not end: " + e, e);
    }
    if (state.status() != ExecutionStatus.SUCCEEDED || state.output().asInt() != 5) {
      throw new IllegalStateException("Execution " + workflowId + " ended " + state.status() + " with " + state.output() + ", not 5");
    }
  }

  @Override
  public long countTransitions(String idPrefix) {
    String sql = """
        SELECT count(*) FROM history_events
         WHERE type LIKE '%StateEntered' AND execution_arn LIKE ?
        """;
    String arnPrefix = engine.settings().executionArn(StateMachineType.STANDARD, MACHINE_NAME, idPrefix);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement count = connection.prepareStatement(sql)) {
      count.setString(1, arnPrefix + "%");
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count opsflow transitions: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    workers.close();
  }
}
