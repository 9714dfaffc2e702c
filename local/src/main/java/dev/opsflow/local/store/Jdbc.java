package dev.opsflow.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Connection and transaction plumbing shared by the local runtime's DAOs (engine store, event bus), and the few
 * column conversions they all need.
 */
public final class Jdbc {
  /** Work on one connection; may throw {@link SQLException}, which is wrapped in a {@link StoreException}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private Jdbc() {}

  /** Runs {@code work} on a pooled connection in auto-commit mode (single statements, reads). */
  public static <T> T withConnection(DataSource dataSource, String what, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Work that
   * decides to change nothing calls {@code connection.rollback()} itself and returns.
   */
  public static <T> T inTransaction(DataSource dataSource, String what, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * PostgreSQL keeps microseconds: times are truncated (never rounded up), so an item stored as due at
   * {@code t} is due to a claim made at {@code t}.
   */
  public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
  }

  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
