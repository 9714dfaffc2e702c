package dev.opsflow.local.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The local engine's database, ready to use: the embedded server started when the settings name no URL, a
 * HikariCP pool, and the schema migrated to the latest {@code db/migration/V*.sql} (Flyway) before anything
 * reads it. Closing it closes the pool and stops the embedded server.
 */
public final class Database implements AutoCloseable {
  private final EmbeddedDatabase embedded;
  private final HikariDataSource pool;
  private final PostgresExecutionStore executions;
  private final PostgresStateMachineStore machines;

  private Database(EmbeddedDatabase embedded, HikariDataSource pool) {
    this.embedded = embedded;
    this.pool = pool;
    this.executions = new PostgresExecutionStore(pool);
    this.machines = new PostgresStateMachineStore(pool);
  }

  /** Starts the embedded server if needed, connects and migrates. */
  public static Database start(PostgresSettings settings) throws IOException {
    EmbeddedDatabase embedded = settings.isEmbedded() ? EmbeddedDatabase.start(settings.dataDirectory(), settings.port()) : null;
    try {
      return connect(embedded == null ? settings : settings.withJdbcUrl(embedded.jdbcUrl()), embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Connects to the running server at {@code settings.jdbcUrl()} and migrates; {@code owned} is stopped on close. */
  static Database connect(PostgresSettings settings, EmbeddedDatabase owned) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("opsflow");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(owned, pool);
  }

  public DataSource dataSource() {
    return pool;
  }

  public String jdbcUrl() {
    return pool.getJdbcUrl();
  }

  public PostgresExecutionStore executionStore() {
    return executions;
  }

  public PostgresStateMachineStore stateMachineStore() {
    return machines;
  }

  @Override
  public void close() throws IOException {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
