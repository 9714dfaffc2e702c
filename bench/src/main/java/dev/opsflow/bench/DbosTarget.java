package dev.opsflow.bench;

import dev.dbos.transact.DBOS;
import dev.dbos.transact.StartWorkflowOptions;
import dev.dbos.transact.config.DBOSConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * DBOS Transact running {@link FiveStepWorkflow} against its system database {@code jdbcUrl} (a database of
 * its own on the benchmark's PostgreSQL server). Clients start each workflow with {@code startWorkflow}, which
 * returns once the workflow is durably started, and wait on its handle, as opsflow's clients wait for the end.
 */
final class DbosTarget implements BenchTarget {
  private final String jdbcUrl;
  private final String user;
  private final DBOS dbos;
  private final FiveStepWorkflow workflow;

  private DbosTarget(String jdbcUrl, String user, DBOS dbos, FiveStepWorkflow workflow) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.dbos = dbos;
    this.workflow = workflow;
  }

  /** Configures, registers and launches DBOS (which migrates its schema) on the database at {@code jdbcUrl}. */
  static DbosTarget launch(String jdbcUrl, String user) {
    DBOSConfig config =
        DBOSConfig.defaults("opsflow-bench")
            .withDatabaseUrl(jdbcUrl)
            .withDbUser(user)
            .withDbPassword("")
            .withAppVersion("bench");
    DBOS dbos = new DBOS(config);
    IncrementStep steps = dbos.registerProxy(IncrementStep.class, new IncrementStepImpl());
    FiveStepWorkflow workflow = dbos.registerProxy(FiveStepWorkflow.class, new FiveStepWorkflowImpl(steps));
    dbos.launch();
    return new DbosTarget(jdbcUrl, user, dbos, workflow);
  }

  @Override
  public String system() {
    return "dbos";
  }

  @Override
  public void runWorkflow(String workflowId) {
    int result = dbos.startWorkflow(() -> workflow.run(0), new StartWorkflowOptions(workflowId)).getResult();
    if (result != 5) {
      throw new IllegalStateException("Workflow " + workflowId + " returned " + result + ", not 5");
    }
  }

  @Override
  public long countTransitions(String idPrefix) {
    String sql = "SELECT count(*) FROM dbos.operation_outputs WHERE workflow_uuid LIKE ? AND function_name = 'increment'";
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
        PreparedStatement count = connection.prepareStatement(sql)) {
      count.setString(1, idPrefix + "%");
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count DBOS steps: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dbos.close();
  }
}
