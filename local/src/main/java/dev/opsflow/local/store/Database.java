package dev.opsflow.local.store;

import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresDatabase;
import dev.opsflow.db.PostgresSettings;
import java.io.IOException;
import javax.sql.DataSource;

/**
 * The local engine's database: a migrated {@link PostgresDatabase} with the engine's stores over it. Closing it
 * closes the pool and stops the embedded server.
 */
public final class Database implements AutoCloseable {
  private final PostgresDatabase postgres;
  private final PostgresExecutionStore executions;
  private final PostgresStateMachineStore machines;

  private Database(PostgresDatabase postgres) {
    this.postgres = postgres;
    this.executions = new PostgresExecutionStore(postgres.dataSource());
    this.machines = new PostgresStateMachineStore(postgres.dataSource());
  }

  /** Starts the embedded server if needed, connects and migrates. */
  public static Database start(PostgresSettings settings) throws IOException {
    return new Database(PostgresDatabase.start(settings));
  }

  /** Connects to the running server at {@code settings.jdbcUrl()} and migrates; {@code owned} is stopped on close. */
  public static Database connect(PostgresSettings settings, EmbeddedDatabase owned) {
    return new Database(PostgresDatabase.connect(settings, owned));
  }

  public DataSource dataSource() {
    return postgres.dataSource();
  }

  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  public PostgresExecutionStore executionStore() {
    return executions;
  }

  public PostgresStateMachineStore stateMachineStore() {
    return machines;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
