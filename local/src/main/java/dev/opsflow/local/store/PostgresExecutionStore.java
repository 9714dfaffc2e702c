package dev.opsflow.local.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionPage;
import dev.opsflow.local.engine.ExecutionQuery;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStore;
import dev.opsflow.local.engine.OpenToken;
import dev.opsflow.local.engine.Step;
import dev.opsflow.local.engine.WorkItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable {@link ExecutionStore}: every step is one PostgreSQL transaction (checkpoint with an optimistic
 * version check, history events, new work items, consumed item, task tokens), so a process killed at any
 * moment leaves each execution at its last committed step, and several processes can share one database.
 *
 * <p>Beyond the in-memory store: history is kept until {@link #purgeHistoryOlderThan} removes it, and {@link
 * #nextDue} also reports when a lease held by a vanished worker runs out, so a restarted engine that drains
 * takes such items over.
 */
public final class PostgresExecutionStore implements ExecutionStore {
  private final DataSource dataSource;

  public PostgresExecutionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean create(Step first) {
    ExecutionState state = first.execution();
    return Jdbc.inTransaction(
        dataSource,
        "create execution " + state.executionArn(),
        connection -> {
          if (!ExecutionRows.insert(connection, state)) {
            return false;
          }
          applyStep(connection, first, null);
          return true;
        });
  }

  @Override
  public Optional<ExecutionState> find(String executionArn) {
    return Jdbc.withConnection(dataSource, "read execution " + executionArn, connection -> ExecutionRows.find(connection, executionArn));
  }

  @Override
  public boolean commit(Step step, WorkItem consumed) {
    ExecutionState state = step.execution();
    if (state.executionArn() == null) {
      // The engine's way of dropping an item whose execution no longer exists (purged): just consume it.
      if (consumed != null) {
        Jdbc.withConnection(dataSource, "drop orphan work item", connection -> {
          WorkItemRows.delete(connection, consumed.id());
          return null;
        });
      }
      return true;
    }
    boolean committed =
        Jdbc.inTransaction(
            dataSource,
            "commit execution " + state.executionArn(),
            connection -> {
              if (!ExecutionRows.update(connection, state)) {
                return false;
              }
              applyStep(connection, step, consumed);
              return true;
            });
    if (committed) {
      Checkpoints.setVersion(state, state.version() + 1);
    }
    return committed;
  }

  private static void applyStep(Connection connection, Step step, WorkItem consumed) throws SQLException {
    String arn = step.execution().executionArn();
    HistoryRows.append(connection, arn, step.events());
    WorkItemRows.insert(connection, step.work());
    if (consumed != null) {
      WorkItemRows.delete(connection, consumed.id());
    }
    TaskTokenRows.apply(connection, arn, step.tokens(), step.now());
  }

  /**
   * Claims without waiting for the claim's WAL flush (one fsync fewer per step, half of a step's fsyncs). A claim
   * is only a lease: if a server crash forgets it, the item is claimable again, as when a worker dies and its
   * lease runs out, which the optimistic commit already handles; and the step's own synchronous commit flushes
   * the claim's WAL before it returns.
   */
  @Override
  public Optional<WorkItem> claim(Instant now, String workerId, Duration lease) {
    return Jdbc.inTransaction(dataSource, "claim work", connection -> {
      try (Statement relax = connection.createStatement()) {
        relax.execute("SET LOCAL synchronous_commit = off");
      }
      return WorkItemRows.claim(connection, now, workerId, now.plus(lease));
    });
  }

  @Override
  public void release(WorkItem item) {
    Jdbc.withConnection(dataSource, "release work item " + item.id(), connection -> {
      WorkItemRows.release(connection, item.id());
      return null;
    });
  }

  /** When the next work item can be claimed: its due time, or the end of its current lease if later. */
  @Override
  public Optional<Instant> nextDue() {
    return Jdbc.withConnection(dataSource, "read next due time", WorkItemRows::nextClaimable);
  }

  @Override
  public List<ObjectNode> history(String executionArn) {
    return Jdbc.withConnection(dataSource, "read history of " + executionArn, connection -> HistoryRows.list(connection, executionArn));
  }

  @Override
  public ExecutionPage executions(ExecutionQuery query) {
    ExecutionRows.PageStart after = PageTokens.decode(query.nextToken());
    List<ExecutionRows.Listed> rows =
        Jdbc.withConnection(
            dataSource,
            "list executions",
            connection ->
                ExecutionRows.page(
                    connection, query.stateMachineArn(), query.status(), query.businessKey(), after, query.maxResults() + 1));
    boolean more = rows.size() > query.maxResults();
    List<ExecutionRows.Listed> page = more ? rows.subList(0, query.maxResults()) : rows;
    String next = more ? PageTokens.encode(page.get(page.size() - 1).key()) : null;
    return new ExecutionPage(page.stream().map(ExecutionRows.Listed::state).toList(), next);
  }

  @Override
  public List<OpenToken> openTokens(int limit) {
    return Jdbc.withConnection(dataSource, "list open task tokens", connection -> TaskTokenRows.oldest(connection, limit));
  }

  /**
   * Forgets closed executions (with their history, work items and tokens) that stopped more than {@code
   * retention} ago; returns how many. AWS keeps closed executions 90 days; here the owner chooses.
   */
  public int purgeHistoryOlderThan(Duration retention) {
    return purgeClosedBefore(Instant.now().minus(retention));
  }

  /** Forgets closed executions that stopped before {@code cutoff}; returns how many. */
  public int purgeClosedBefore(Instant cutoff) {
    return Jdbc.inTransaction(dataSource, "purge closed executions", connection -> ExecutionRows.deleteClosedBefore(connection, cutoff));
  }
}
