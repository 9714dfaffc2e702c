package dev.opsflow.shared.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * Opens PostgreSQL connections with credentials fetched from a source (the RDS-managed secret), kept until the
 * server refuses them. RDS rotates a managed master password (every 7 days by default), and a SnapStart snapshot
 * or a long-lived execution environment would otherwise hold the old one forever: on an authentication failure
 * the credentials are fetched again and the connection retried once. The pool (Hikari) calls
 * {@link #getConnection()} for each physical connection, so pooled connections are untouched by a rotation.
 */
final class RotatingCredentialsDataSource implements DataSource {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RotatingCredentialsDataSource.class);

  private final PGSimpleDataSource target = new PGSimpleDataSource();
  private final Supplier<DatabaseCredentials> source;
  private volatile DatabaseCredentials current;

  /** Connections to {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db?sslmode=require}). */
  RotatingCredentialsDataSource(String jdbcUrl, Supplier<DatabaseCredentials> source) {
    target.setURL(jdbcUrl);
    this.source = source;
  }

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseCredentials used = current();
    try {
      return target.getConnection(used.username(), used.password());
    } catch (SQLException e) {
      if (!isAuthenticationFailure(e)) {
        throw e;
      }
      DatabaseCredentials fresh = source.get();
      current = fresh;
      if (fresh.equals(used)) {
        throw e;
      }
      LOG.info("The database refused {}; connecting with the credentials fetched again", used);
      return target.getConnection(fresh.username(), fresh.password());
    }
  }

  private DatabaseCredentials current() {
    DatabaseCredentials known = current;
    if (known == null) {
      known = source.get();
      current = known;
    }
    return known;
  }

  /** SQLState class 28: invalid authorization specification (28P01 is a wrong password). */
  static boolean isAuthenticationFailure(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("28");
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials come from the secret, not from the caller");
  }

  @Override
  public PrintWriter getLogWriter() {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
