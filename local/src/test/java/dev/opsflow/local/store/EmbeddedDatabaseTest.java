package dev.opsflow.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded server as `opsflow local` uses it: durable, and kept across restarts on one data directory. */
class EmbeddedDatabaseTest {
  static final String ARN = "arn:aws:states:us-east-1:111111111111:stateMachine:kept";

  static StateMachineRecord machine() {
    return new StateMachineRecord(
        ARN, "kept", StateMachineType.STANDARD, "{\"StartAt\":\"A\"}", null, "rev-kept", Instant.parse("2026-01-01T00:00:00Z"),
        null, null, null, null, Map.of());
  }

  static String show(Database database, String setting) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW " + setting)) {
      row.next();
      return row.getString(1);
    }
  }

  @Test
  void restartOnSameDataDirectory_keepsDataAndRunsDurably() throws IOException, SQLException {
    Path dataDirectory = Files.createTempDirectory("opsflow-pg-restart");
    try {
      // GIVEN a database started from the settings on an empty data directory, with a machine saved in it
      PostgresSettings settings = PostgresSettings.from(Map.of("OPSFLOW_DATA_DIR", dataDirectory.toString()));
      try (Database first = Database.start(settings)) {
        assertThat(first.stateMachineStore().create(machine())).isTrue();
        assertThat(show(first, "fsync")).isEqualTo("on");
        assertThat(show(first, "synchronous_commit")).isEqualTo("on");
      }

      // WHEN it is started again on the same directory
      try (Database second = Database.start(settings)) {
        // THEN the cluster was reused (not re-initialised) and the machine is still there
        assertThat(second.stateMachineStore().find(ARN)).contains(machine());
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
      }
    } finally {
      TestFiles.deleteTree(dataDirectory);
    }
  }
}
