package dev.opsflow.local.store;

import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineStore;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable {@link StateMachineStore}. Every revision is kept (executions name the revision they run, and may
 * outlive an update or a delete of their machine); published versions are numbered per machine under a row
 * lock, so concurrent publishes never share a number.
 */
public final class PostgresStateMachineStore implements StateMachineStore {
  private final DataSource dataSource;

  public PostgresStateMachineStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean create(StateMachineRecord machine) {
    return Jdbc.inTransaction(
        dataSource,
        "create state machine " + machine.arn(),
        connection -> {
          StateMachineRows.insertRevision(connection, machine);
          if (StateMachineRows.insertMachine(connection, machine)) {
            return true;
          }
          connection.rollback();
          return false;
        });
  }

  @Override
  public Optional<StateMachineRecord> find(String arn) {
    return Jdbc.withConnection(
        dataSource,
        "read state machine " + arn,
        connection -> {
          Optional<StateMachineRecord> current = StateMachineRows.current(connection, arn);
          if (current.isPresent()) {
            return current;
          }
          int colon = arn.lastIndexOf(':');
          String suffix = arn.substring(colon + 1);
          if (colon < 0 || suffix.isEmpty() || suffix.length() > 9 || !suffix.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
          }
          return StateMachineRows.version(connection, arn.substring(0, colon), Integer.parseInt(suffix));
        });
  }

  @Override
  public boolean update(StateMachineRecord machine) {
    return Jdbc.inTransaction(
        dataSource,
        "update state machine " + machine.arn(),
        connection -> {
          StateMachineRows.insertRevision(connection, machine);
          if (StateMachineRows.setCurrent(connection, machine)) {
            return true;
          }
          connection.rollback();
          return false;
        });
  }

  @Override
  public List<StateMachineRecord> list() {
    return Jdbc.withConnection(dataSource, "list state machines", StateMachineRows::all);
  }

  @Override
  public boolean delete(String arn) {
    return Jdbc.withConnection(dataSource, "delete state machine " + arn, connection -> StateMachineRows.deleteMachine(connection, arn));
  }

  @Override
  public Optional<StateMachineRecord> revision(String revisionId) {
    return Jdbc.withConnection(
        dataSource, "read state machine revision " + revisionId, connection -> StateMachineRows.revision(connection, revisionId));
  }

  @Override
  public StateMachineRecord publish(String arn, String description) {
    return Jdbc.inTransaction(
        dataSource,
        "publish state machine " + arn,
        connection -> {
          String revisionId =
              StateMachineRows.lockCurrentRevision(connection, arn)
                  .orElseThrow(() -> new IllegalArgumentException("State Machine Does Not Exist: '" + arn + "'"));
          int number = StateMachineRows.insertNextVersion(connection, arn, revisionId, description);
          return StateMachineRows.version(connection, arn, number).orElseThrow();
        });
  }

  @Override
  public List<StateMachineRecord> versions(String arn) {
    return Jdbc.withConnection(dataSource, "list versions of " + arn, connection -> StateMachineRows.versions(connection, arn));
  }
}
