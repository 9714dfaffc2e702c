package dev.opsflow.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.db.TestFiles;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.Database;
import dev.opsflow.shared.alert.AlertLinks;
import dev.opsflow.shared.alert.Incident;
import dev.opsflow.shared.alert.Incidents;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.outbox.Outbox;
import dev.opsflow.shared.outbox.OutboxEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code opsflow backup} and {@code opsflow restore} on a node's embedded cluster: a backup taken while the node
 * runs, then a restore with the node stopped, brings back every table's rows and the sequences' positions.
 */
class BackupRestoreTest {
  private Path dataDir;
  private EmbeddedDatabase server;
  private Database database;

  @BeforeEach
  void startNode() throws Exception {
    Files.createDirectories(Path.of("target"));
    dataDir = Files.createTempDirectory(Path.of("target"), "backup-test").toAbsolutePath();
    startServer();
  }

  @AfterEach
  void stopNode() throws Exception {
    stopServer();
    TestFiles.deleteTree(dataDir);
  }

  @Test
  void backupWhileRunning_thenRestoreWhileStopped_bringsBackTheSameData() throws Exception {
    // GIVEN a node with executions (one waiting, with its timer), outbox events and an incident
    populate(database.dataSource());
    Map<String, String> before = fingerprint(database.dataSource());
    Path backups = dataDir.resolve("backups");
    Files.createDirectories(backups);
    Path old = Files.writeString(backups.resolve("opsflow-20200101T000000Z.zip"), "old");
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    // WHEN it is backed up while running; a restore is refused while it runs; the data changes; the node stops;
    // and the backup is restored
    Run backup = cli("backup", "--data-dir", dataDir.toString(), "--dir", backups.toString(), "--keep-days", "14");
    Path file = Path.of(backup.out().lines().filter(l -> l.startsWith("backup: ")).findFirst().orElseThrow()
        .substring("backup: ".length()).replaceFirst(" \\(.*\\)$", ""));
    Run refused = cli("restore", "--data-dir", dataDir.toString(), file.toString());
    Jdbc.withConnection(database.dataSource(), "change", c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM history_events WHERE id > 2");
        s.executeUpdate("DELETE FROM alert_incidents");
        return s.executeUpdate("UPDATE outbox SET published_at = now()");
      }
    });
    stopServer();
    Run restored = cli("restore", "--data-dir", dataDir.toString(), file.toString());
    startServer();

    // THEN the backup was made (and the old one pruned), the running node was left alone, and every table is back
    assertThat(backup.code()).as(backup.err()).isZero();
    assertThat(file).exists().hasParent(backups);
    assertThat(backup.out()).contains("deleted: " + old);
    assertThat(old).doesNotExist();
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("stop it first");
    assertThat(restored.code()).as(restored.err()).isZero();
    assertThat(fingerprint(database.dataSource())).isEqualTo(before);
    // ... including the sequences: new rows do not reuse ids
    assertThat(scalar(database.dataSource(), "SELECT nextval('work_items_id_seq') > (SELECT max(id) FROM work_items)")).isEqualTo("t");
  }

  private void populate(DataSource dataSource) {
    LocalEngine engine = new LocalEngine(
        database.executionStore(), database.stateMachineStore(), new VirtualClock(Instant.parse("2026-11-21T10:00:00Z")),
        new LambdaRegistry(), EngineSettings.defaults());
    StateMachineRef machine = engine.createStateMachine("opsflow-backed-up", """
        {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"}, "Done": {"Type": "Succeed"}}}""",
        StateMachineType.STANDARD);
    var record = engine.machines().revision(machine.definitionId()).orElseThrow();
    for (int n = 0; n < 3; n++) {
      String name = "kept-" + n;
      engine.start(record, EngineSettings.defaults().executionArn(StateMachineType.STANDARD, "opsflow-backed-up", name), name,
          JsonNodeFactory.instance.objectNode().put("n", n), "req-" + n);
      engine.runOnce();
    }
    Jdbc.inTransaction(dataSource, "outbox", c -> Outbox.append(c, OutboxEvent.toBus("opsflow.test", "Kept", JsonNodeFactory.instance.objectNode().put("k", 1))));
    new Incidents(dataSource, new AlertLinks("http://localhost:8080"), Clock.systemUTC())
        .raise(Incident.deadLetter("dl-1", "webhook", "no rule matched"));
  }

  /** Row count and a digest of the rows, per table of the public schema. */
  private static Map<String, String> fingerprint(DataSource dataSource) throws Exception {
    Map<String, String> prints = new TreeMap<>();
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    for (String table : tables) {
      prints.put(table, scalar(dataSource,
          "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM public.\"" + table + "\" t"));
    }
    assertThat(prints).containsKeys("executions", "history_events", "work_items", "outbox", "alert_incidents", "flyway_schema_history");
    assertThat(prints.get("work_items")).startsWith("3:");
    return prints;
  }

  private static String scalar(DataSource dataSource, String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new OpsflowCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private void startServer() throws Exception {
    server = EmbeddedDatabase.startForTests(dataDir);
    database = Database.connect(PostgresSettings.embedded(dataDir, 0).withJdbcUrl(server.jdbcUrl()), server);
  }

  private void stopServer() throws Exception {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
