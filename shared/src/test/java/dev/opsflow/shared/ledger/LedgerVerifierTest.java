package dev.opsflow.shared.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering with the ledger as a superuser would (triggers disabled), and the verifier naming exactly what changed.
 * Each test has a ledger database of its own with six entries.
 */
class LedgerVerifierTest {
  HikariDataSource dataSource;
  List<LedgerEntry> entries = new ArrayList<>();

  @BeforeEach
  void sixEntries() throws Exception {
    dataSource = LedgerDatabases.fresh();
    PostgresLedger ledger = new PostgresLedger(dataSource);
    for (int i = 1; i <= 6; i++) {
      entries.add(ledger.append(LedgerRecords.request("exec-" + i, "{\"n\": " + i + "}")));
    }
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  LedgerReport verify() {
    return new LedgerVerifier(dataSource).verify();
  }

  void tamper(String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE ledger_entries DISABLE TRIGGER USER");
      for (String sql : statements) {
        statement.execute(sql);
      }
      statement.execute("ALTER TABLE ledger_entries ENABLE TRIGGER USER");
    }
  }

  @Test
  void untouchedLedger_isIntact() {
    // GIVEN six appended entries / WHEN verified
    LedgerReport report = verify();

    // THEN nothing is found
    assertThat(report.intact()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(6);
  }

  @Test
  void alteredBody_isNamedAsAltered() throws SQLException {
    // GIVEN entry 3's body changed behind the ledger's back
    tamper("UPDATE ledger_entries SET body = '{\"n\": 300}' WHERE seq = 3");

    // WHEN verified
    LedgerReport report = verify();

    // THEN exactly entry 3 is named, with its entry id
    assertThat(report.findings())
        .extracting(LedgerFinding::kind, LedgerFinding::seq, LedgerFinding::entryId)
        .containsExactly(tuple(LedgerFinding.Kind.ALTERED, 3L, entries.get(2).record().entryId()));
  }

  @Test
  void deletedRow_isNamedAsRemoved() throws SQLException {
    // GIVEN entry 4 deleted
    tamper("DELETE FROM ledger_entries WHERE seq = 4");

    // WHEN verified
    LedgerReport report = verify();

    // THEN seq 4 is reported missing, and nothing else
    assertThat(report.findings()).extracting(LedgerFinding::kind, LedgerFinding::seq).containsExactly(tuple(LedgerFinding.Kind.REMOVED, 4L));
  }

  @Test
  void swappedRows_areBothNamedAsReordered() throws SQLException {
    // GIVEN entries 2 and 5 exchanged their positions
    tamper(
        "UPDATE ledger_entries SET seq = 1002 WHERE seq = 2",
        "UPDATE ledger_entries SET seq = 2 WHERE seq = 5",
        "UPDATE ledger_entries SET seq = 5 WHERE seq = 1002");

    // WHEN verified
    LedgerReport report = verify();

    // THEN both moved entries are named, each with where it was written
    assertThat(report.findings())
        .extracting(LedgerFinding::kind, LedgerFinding::seq, LedgerFinding::entryId)
        .containsExactly(
            tuple(LedgerFinding.Kind.REORDERED, 2L, entries.get(4).record().entryId()),
            tuple(LedgerFinding.Kind.REORDERED, 5L, entries.get(1).record().entryId()));
    assertThat(report.findings().get(0).detail()).contains("written as entry 5");
  }

  @Test
  void rewrittenEntryWithRecomputedHash_isNamedByTheBrokenLinkAfterIt() throws SQLException {
    // GIVEN entry 3 rewritten and given a fresh (self-consistent) hash, as a careful forger would
    LedgerEntry original = entries.get(2);
    LedgerRecord forged = LedgerRecords.request(original.record().correlation(), "{\"n\": 333}");
    String forgedHash = EntryHashes.hash(original.prevHash(), forged);
    tamper("UPDATE ledger_entries SET entry_id = '" + forged.entryId() + "', body = '{\"n\": 333}', at = '" + forged.at()
        + "', hash = '" + forgedHash + "' WHERE seq = 3");

    // WHEN verified
    LedgerReport report = verify();

    // THEN entry 4 no longer follows it, and the finding names seq 3 as the rewritten one
    assertThat(report.findings()).extracting(LedgerFinding::kind, LedgerFinding::seq).containsExactly(tuple(LedgerFinding.Kind.BROKEN_LINK, 4L));
    assertThat(report.findings().get(0).detail()).contains("entry seq 3 was rewritten");
  }

  @Test
  void removedTail_isNamedFromTheHead() throws SQLException {
    // GIVEN the last two entries deleted
    tamper("DELETE FROM ledger_entries WHERE seq >= 5");

    // WHEN verified
    LedgerReport report = verify();

    // THEN the head still names them: seq 5 to 6 are missing
    assertThat(report.findings()).extracting(LedgerFinding::kind, LedgerFinding::seq).containsExactly(tuple(LedgerFinding.Kind.REMOVED, 5L));
    assertThat(report.findings().get(0).detail()).contains("5 to 6");
  }
}
