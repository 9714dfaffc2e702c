package dev.opsflow.shared.db;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.math.BigDecimal;
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
 * Connection and transaction plumbing for the plain-JDBC stores of {@code shared}, and the column conversions
 * they all need. JSON columns are bound as text and cast in the SQL ({@code ?::jsonb}).
 */
public final class Jdbc {
  /** SQLState of a unique violation: "someone else already wrote this key". */
  public static final String UNIQUE_VIOLATION = "23505";

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

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
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

  /** PostgreSQL keeps microseconds: times are truncated so what is read back equals what was written. */
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

  /** Binds a JSON value as text (the SQL casts it); null binds SQL NULL. */
  public static void setJson(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, Json.write(value));
    }
  }

  public static JsonNode json(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : Json.parse(text);
  }

  public static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, value);
    }
  }

  /** True when {@code e} (or what it wraps) is a unique-constraint violation. */
  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException current = e; current != null; current = current.getNextException()) {
      if (UNIQUE_VIOLATION.equals(current.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
