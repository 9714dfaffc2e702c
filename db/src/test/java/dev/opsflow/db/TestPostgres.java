package dev.opsflow.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * For tests of any module (published in opsflow-db's test-jar): one embedded PostgreSQL per test JVM, started
 * on first use under {@code target/}, migrated with every {@code db/migration} script on the test classpath,
 * and stopped and deleted when the JVM exits. Tests call {@link #truncate} on the tables they use before each
 * test.
 */
public final class TestPostgres {
  private static PostgresDatabase database;

  private TestPostgres() {}

  /** The migrated test database (started on first call). */
  public static synchronized DataSource dataSource() {
    return database().dataSource();
  }

  public static synchronized PostgresDatabase database() {
    if (database == null) {
      try {
        // Under target/ (surefire runs in the module's directory), so `mvn clean` removes whatever a killed run left.
        Files.createDirectories(Path.of("target"));
        Path directory = Files.createTempDirectory(Path.of("target"), "opsflow-pg-test");
        EmbeddedDatabase embedded = EmbeddedDatabase.startForTests(directory);
        database = PostgresDatabase.connect(PostgresSettings.embedded(directory, 0).withJdbcUrl(embedded.jdbcUrl()), embedded);
        PostgresDatabase started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(started, directory)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return database;
  }

  /** Empties the named tables (and restarts their sequences). */
  public static void truncate(String... tables) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not truncate " + String.join(", ", tables), e);
    }
  }

  private static void stopAndDelete(PostgresDatabase db, Path directory) {
    try {
      db.close();
      TestFiles.deleteTree(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
