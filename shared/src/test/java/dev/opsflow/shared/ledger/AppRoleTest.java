package dev.opsflow.shared.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.opsflow.db.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's role (a LOGIN member of opsflow_app) can append and read the ledger, and nothing else. */
class AppRoleTest {
  static HikariDataSource app;

  @BeforeAll
  static void connectAsTheApplication() throws SQLException {
    TestPostgres.dataSource();
    app = LedgerDatabases.as(LedgerDatabases.appUser());
  }

  @AfterAll
  static void close() {
    app.close();
  }

  static void asApp(String sql) throws SQLException {
    try (Connection connection = app.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void appRole_appendsAndReads() {
    // GIVEN the ledger as the application role sees it
    PostgresLedger ledger = new PostgresLedger(app);

    // WHEN it appends an entry
    LedgerEntry entry = ledger.append(LedgerRecords.request("app-role-test", "{\"ok\": true}"));

    // THEN the entry is stored, chained, and readable by the same role
    assertThat(ledger.entries("app-role-test")).extracting(LedgerEntry::hash).contains(entry.hash());
  }

  @Test
  void appRole_cannotUpdateDeleteOrTruncate() {
    // GIVEN at least one entry
    new PostgresLedger(app).append(LedgerRecords.request("app-role-test", "{}"));

    // WHEN / THEN every change is refused for lack of privilege
    assertThatThrownBy(() -> asApp("UPDATE ledger_entries SET body = '{}'")).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    assertThatThrownBy(() -> asApp("DELETE FROM ledger_entries")).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    assertThatThrownBy(() -> asApp("TRUNCATE ledger_entries")).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    assertThatThrownBy(() -> asApp("UPDATE ledger_head SET seq = 0")).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
  }

  @Test
  void evenTheOwner_cannotUpdateOrDeleteWithTheTriggersOn() {
    // GIVEN the superuser, who owns the table, and an entry
    new PostgresLedger(app).append(LedgerRecords.request("app-role-test", "{}"));

    // WHEN / THEN the append-only triggers refuse updates, deletes and truncation
    assertThatThrownBy(() -> LedgerDatabases.superuser("UPDATE ledger_entries SET body = '{}'")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> LedgerDatabases.superuser("DELETE FROM ledger_entries")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> LedgerDatabases.superuser("TRUNCATE ledger_entries")).hasMessageContaining("append-only");
  }

  @Test
  void insertThatDoesNotExtendTheChain_isRefused() {
    // GIVEN an entry with a made-up predecessor (a writer that skipped the lock or forged a link)
    // WHEN the application role inserts it
    // THEN the chain trigger refuses it
    assertThatThrownBy(() -> asApp(
            """
            INSERT INTO ledger_entries (seq, entry_id, correlation, integration, kind, method, url, headers, at, prev_hash, hash)
            VALUES ((SELECT seq + 1 FROM ledger_head), gen_random_uuid(), 'forged', 'stripe', 'request', 'GET', 'https://x', '{}', now(),
                    repeat('a', 64), repeat('b', 64))"""))
        .hasMessageContaining("does not extend the chain");
  }
}
