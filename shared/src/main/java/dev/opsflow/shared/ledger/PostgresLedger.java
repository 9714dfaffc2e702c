package dev.opsflow.shared.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The ledger on PostgreSQL ({@code V400__ledger.sql}). Appends are serialised by a transaction-scoped advisory
 * lock: the writer reads the head, computes the new entry's hash and inserts it while no other writer can, so
 * concurrent writers (threads, processes, Lambdas) keep one chain. The table's insert trigger re-checks the link
 * and advances the head; its append-only trigger and the application role's grants (INSERT, SELECT) keep every
 * entry as written.
 */
public final class PostgresLedger implements Ledger {
  /** The advisory lock key of the ledger ("V400"): any constant works as long as every writer uses it. */
  static final long APPEND_LOCK = 0x6f70_7366_0400L;

  private static final int MAX_ATTEMPTS = 5;
  private static final String SERIALIZATION_FAILURE = "40001";

  private final DataSource dataSource;

  public PostgresLedger(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public LedgerEntry append(LedgerRecord record) {
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return appendOnce(record);
      } catch (SQLException e) {
        last = e;
        if (!SERIALIZATION_FAILURE.equals(e.getSQLState())) {
          break;
        }
      }
    }
    throw new LedgerWriteException(
        "Could not record the " + record.kind().dbValue() + " of " + record.integration() + " " + record.method() + " in the ledger",
        last);
  }

  private LedgerEntry appendOnce(LedgerRecord record) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        LedgerEntry entry = insert(connection, record);
        connection.commit();
        return entry;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static LedgerEntry insert(Connection connection, LedgerRecord record) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, APPEND_LOCK);
      lock.execute();
    }
    long headSeq;
    String headHash;
    try (Statement head = connection.createStatement();
        ResultSet rs = head.executeQuery("SELECT seq, hash FROM ledger_head")) {
      if (!rs.next()) {
        throw new SQLException("ledger_head has no row: the V400 migration did not run");
      }
      headSeq = rs.getLong(1);
      headHash = rs.getString(2);
    }
    LedgerEntry entry = new LedgerEntry(headSeq + 1, record, headHash, EntryHashes.hash(headHash, record));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO ledger_entries (" + LedgerRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)")) {
      int i = 1;
      insert.setLong(i++, entry.seq());
      insert.setObject(i++, record.entryId());
      insert.setString(i++, record.correlation());
      insert.setString(i++, record.integration());
      insert.setString(i++, record.kind().dbValue());
      insert.setObject(i++, record.requestEntryId());
      insert.setString(i++, record.method());
      insert.setString(i++, record.url());
      insert.setString(i++, LedgerRows.json(record.headers()));
      insert.setString(i++, LedgerRows.json(record.body()));
      if (record.status() == null) {
        insert.setNull(i++, Types.INTEGER);
      } else {
        insert.setInt(i++, record.status());
      }
      if (record.durationMs() == null) {
        insert.setNull(i++, Types.BIGINT);
      } else {
        insert.setLong(i++, record.durationMs());
      }
      insert.setObject(i++, OffsetDateTime.ofInstant(record.at(), ZoneOffset.UTC));
      insert.setString(i++, entry.prevHash());
      insert.setString(i, entry.hash());
      insert.executeUpdate();
    }
    return entry;
  }

  @Override
  public List<LedgerEntry> entries(String correlation) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT " + LedgerRows.COLUMNS + " FROM ledger_entries WHERE correlation = ? ORDER BY seq")) {
      select.setString(1, correlation);
      List<LedgerEntry> entries = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          entries.add(LedgerRows.read(rs));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the ledger entries of " + correlation, e);
    }
  }
}
