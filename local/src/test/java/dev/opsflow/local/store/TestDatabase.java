package dev.opsflow.local.store;

import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.db.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL for the whole test run (started on first use, stopped and deleted when the JVM
 * exits), migrated once; tests call {@link #clean()} before each test to start from empty tables.
 */
final class TestDatabase {
  private static Database database;

  private TestDatabase() {}

  static synchronized Database shared() {
    if (database == null) {
      try {
        // Under target/ (surefire runs in the module's directory), so `mvn clean` removes whatever a killed run left.
        Files.createDirectories(Path.of("target"));
        Path directory = Files.createTempDirectory(Path.of("target"), "opsflow-pg-test");
        EmbeddedDatabase embedded = EmbeddedDatabase.startForTests(directory);
        database = Database.connect(PostgresSettings.embedded(directory, 0).withJdbcUrl(embedded.jdbcUrl()), embedded);
        Database started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(started, directory)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return database;
  }

  /** The shared database with every table emptied. */
  static Database clean() {
    Database db = shared();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          """
          TRUNCATE executions, history_events, work_items, task_tokens,
                   state_machines, state_machine_revisions, state_machine_versions RESTART IDENTITY CASCADE
          """);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not truncate the test database", e);
    }
    return db;
  }

  static void stopAndDelete(Database db, Path directory) {
    try {
      db.close();
      TestFiles.deleteTree(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
