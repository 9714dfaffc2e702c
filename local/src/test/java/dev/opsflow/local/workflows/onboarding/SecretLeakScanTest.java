package dev.opsflow.local.workflows.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.shared.ledger.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last in the module (junit-platform.properties orders classes by {@code @Order}): after the whole suite, no
 * secret the onboarding tests used appears in the logs (surefire's reports, the captured application output) or in
 * the database (ledger, execution history and checkpoints, alerts, operator tasks, notifications). It runs an onboarding of its
 * own first, so it proves something even when run alone.
 */
@Order(Integer.MAX_VALUE)
class SecretLeakScanTest {
  static final List<String> TABLES =
      List.of("ledger_entries", "history_events", "executions", "work_items", "operator_alerts", "operator_tasks", "notifications");

  @Test
  void afterTheSuite_noSecretIsInTheLogsOrTheDatabase() throws Exception {
    // GIVEN an onboarding that used every integration's secret (so the scan has something to find if it leaked)
    try (OnboardingHarness harness = new OnboardingHarness()) {
      assertThat(harness.run(harness.contract("premium")).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(harness.ledger()).filteredOn(e -> Redactor.REDACTED.equals(e.record().headers().path("authorization").asText()))
          .extracting(e -> e.record().integration()).contains("stripe", "asana", "slack", "drive");
    }

    // WHEN every log file under target/ and every row of the tables the workflow writes is read
    List<Path> logs = logFiles();
    List<String> rows = rows();

    // THEN there was something to read, and no secret is in any of it
    assertThat(logs).anyMatch(p -> p.startsWith(LogCapture.DIR));
    assertThat(rows).isNotEmpty();
    for (Path log : logs) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      for (String secret : OnboardingSecrets.all()) {
        assertThat(text.contains(secret)).as("secret %s... in %s", secret.substring(0, 8), log).isFalse();
      }
    }
    for (String row : rows) {
      for (String secret : OnboardingSecrets.all()) {
        assertThat(row.contains(secret)).as("secret %s... in a database row", secret.substring(0, 8)).isFalse();
      }
    }
  }

  /** Surefire's reports and output files, the captured application log, and any *.log under target/. */
  static List<Path> logFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("target", "surefire-reports"), LogCapture.DIR, Path.of("target"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      int depth = dir.equals(Path.of("target")) ? 1 : 3;
      try (Stream<Path> walk = Files.walk(dir, depth)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> dir.equals(Path.of("target")) ? p.toString().endsWith(".log") : !p.toString().endsWith(".json"))
            .forEach(files::add);
      }
    }
    return files;
  }

  static List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = TestPostgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
      }
    }
    return rows;
  }
}
