package dev.opsflow.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The embedded server as `opsflow local` uses it: durable, and kept across restarts on one data directory. */
class EmbeddedDatabaseTest {
  static String query(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Saves one row that a later start must still find. */
  static void saveMarker(DataSource dataSource) throws SQLException {
    execute(dataSource, "CREATE TABLE kept (name text PRIMARY KEY); INSERT INTO kept VALUES ('marker')");
  }

  @Test
  void restartOnSameDataDirectory_keepsDataAndRunsDurably() throws IOException, SQLException {
    Path dataDirectory = Files.createTempDirectory("opsflow-pg-restart");
    try {
      // GIVEN a database started from the settings on an empty data directory, with a row saved in it
      PostgresSettings settings = PostgresSettings.from(Map.of("OPSFLOW_DATA_DIR", dataDirectory.toString()));
      try (PostgresDatabase first = PostgresDatabase.start(settings)) {
        saveMarker(first.dataSource());
        assertThat(query(first.dataSource(), "SHOW fsync")).isEqualTo("on");
        assertThat(query(first.dataSource(), "SHOW synchronous_commit")).isEqualTo("on");
      }

      // WHEN it is started again on the same directory
      try (PostgresDatabase second = PostgresDatabase.start(settings)) {
        // THEN the cluster was reused (not re-initialised) and the row is still there
        assertThat(query(second.dataSource(), "SELECT name FROM kept")).isEqualTo("marker");
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
      }
    } finally {
      TestFiles.deleteTree(dataDirectory);
    }
  }
}
