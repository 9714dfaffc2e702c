package dev.opsflow.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * opsflow's PostgreSQL, ready to use: the embedded server started when the settings name no URL, a HikariCP
 * pool, and the schema migrated to the latest {@code db/migration/V*.sql} found on the classpath (Flyway) before
 * anything reads it. Every module that owns tables ships its migrations there, in its own version range (see
 * {@code db/README.md}). Closing it closes the pool and stops the embedded server.
 */
public final class PostgresDatabase implements AutoCloseable {
  private final EmbeddedDatabase embedded;
  private final HikariDataSource pool;

  private PostgresDatabase(EmbeddedDatabase embedded, HikariDataSource pool) {
    this.embedded = embedded;
    this.pool = pool;
  }

  /** Starts the embedded server if needed, connects and migrates. */
  public static PostgresDatabase start(PostgresSettings settings) throws IOException {
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
  public static PostgresDatabase connect(PostgresSettings settings, EmbeddedDatabase owned) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("opsflow");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new PostgresDatabase(owned, pool);
  }

  /** Applies every pending {@code classpath:db/migration} script. */
  public static void migrate(DataSource dataSource) {
    // Out of order: each area owns a version range (db/README.md), so an area may add a script below a
    // version another area already applied on this database.
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load().migrate();
  }

  public DataSource dataSource() {
    return pool;
  }

  public String jdbcUrl() {
    return pool.getJdbcUrl();
  }

  @Override
  public void close() throws IOException {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
