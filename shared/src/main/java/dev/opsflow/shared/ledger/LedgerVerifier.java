package dev.opsflow.shared.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Walks the whole chain and reports every entry that was altered, removed or reordered since it was written: each
 * entry's hash is recomputed from its content and its recorded predecessor's hash, each link is compared with
 * the entry stored before it, seq numbers must run 1, 2, 3 ... without gaps, and the last entry must be the head.
 * Reads the table as any role with SELECT may (the application role, an auditor's read-only role).
 */
public final class LedgerVerifier {
  private static final int FETCH_SIZE = 1_000;

  private final DataSource dataSource;

  public LedgerVerifier(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public LedgerReport verify() {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // A cursor (fetch size) needs a transaction; one snapshot also makes head and entries consistent.
      connection.setAutoCommit(false);
      try {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        ChainCheck check = new ChainCheck();
        Head head = head(connection);
        List<LedgerFinding> findings = new ArrayList<>();
        try (PreparedStatement select =
            connection.prepareStatement("SELECT " + LedgerRows.COLUMNS + " FROM ledger_entries ORDER BY seq")) {
          select.setFetchSize(FETCH_SIZE);
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              LedgerEntry entry = LedgerRows.read(rs);
              if (!EntryHashes.hash(entry.prevHash(), entry.record()).equals(entry.hash())) {
                findings.add(
                    new LedgerFinding(
                        LedgerFinding.Kind.ALTERED, entry.seq(), entry.record().entryId(), "its content does not match its hash"));
              }
              check.add(entry);
            }
          }
        }
        findings.addAll(check.findings(head.seq(), head.hash()));
        connection.commit();
        findings.sort(Comparator.comparingLong(LedgerFinding::seq));
        return new LedgerReport(check.size(), head.seq(), findings);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the ledger", e);
    }
  }

  private record Head(long seq, String hash) {}

  private static Head head(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM ledger_head");
        ResultSet rs = select.executeQuery()) {
      return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, EntryHashes.GENESIS);
    }
  }
}
