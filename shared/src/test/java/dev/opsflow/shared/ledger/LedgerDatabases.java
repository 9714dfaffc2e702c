package dev.opsflow.shared.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.opsflow.db.PostgresDatabase;
import dev.opsflow.db.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test databases for the ledger. Tampering tests each get a database of their own on the shared test server
 * (migrated like the real one), so a broken chain never leaks into another test; role tests connect to the
 * shared database as a LOGIN role that is a member of {@code opsflow_app}, as the application does in AWS.
 */
final class LedgerDatabases {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private LedgerDatabases() {}

  /** A new, migrated database; close the returned pool when done. */
  static HikariDataSource fresh() throws SQLException {
    String name = "ledger_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    superuser("CREATE DATABASE " + name);
    HikariDataSource dataSource = pool(TestPostgres.database().jdbcUrl().replaceFirst("/postgres$", "/" + name), "postgres");
    PostgresDatabase.migrate(dataSource);
    return dataSource;
  }

  /** A pool on the shared test database logged in as {@code user}. */
  static HikariDataSource as(String user) {
    return pool(TestPostgres.database().jdbcUrl(), user);
  }

  /** A LOGIN role that is a member of opsflow_app and nothing else (created once per server). */
  static String appUser() throws SQLException {
    superuser(
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_test_app') THEN
            CREATE ROLE ledger_test_app LOGIN IN ROLE opsflow_app;
          END IF;
        END $$""");
    return "ledger_test_app";
  }

  static void superuser(String sql) throws SQLException {
    try (Connection connection = TestPostgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static HikariDataSource pool(String url, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setMaximumPoolSize(4);
    config.setPoolName("ledger-test-" + user);
    return new HikariDataSource(config);
  }
}
