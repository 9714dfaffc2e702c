package dev.opsflow.shared.db;

import dev.opsflow.db.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A login role with a password in the test database, which trusts every local connection otherwise: pg_hba.conf
 * gets lines, first so they win, that make this one role authenticate with SCRAM, so a wrong password is refused
 * and a test proves which credentials a pool used. {@link #close} puts pg_hba.conf back.
 */
final class PasswordRole implements AutoCloseable {
  final String name;
  final String jdbcUrl;
  private final Path hbaFile;
  private final String originalHba;

  private PasswordRole(String name, String jdbcUrl, Path hbaFile, String originalHba) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.hbaFile = hbaFile;
    this.originalHba = originalHba;
  }

  static PasswordRole create(String name, String password) {
    DataSource admin = TestPostgres.dataSource();
    try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
      String url = connection.getMetaData().getURL();
      Path hba;
      try (ResultSet row = statement.executeQuery("SHOW hba_file")) {
        row.next();
        hba = Path.of(row.getString(1));
      }
      statement.execute("DROP ROLE IF EXISTS " + name);
      statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
      String original = Files.readString(hba);
      Files.writeString(hba, "host all " + name + " 127.0.0.1/32 scram-sha-256\nhost all " + name + " ::1/128 scram-sha-256\n" + original);
      statement.execute("SELECT pg_reload_conf()");
      PasswordRole role = new PasswordRole(name, url, hba, original);
      role.awaitPasswordsChecked();
      return role;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The postmaster rereads pg_hba.conf when signalled, not at once: wait until a wrong password is refused. */
  private void awaitPasswordsChecked() {
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        java.sql.DriverManager.getConnection(jdbcUrl, name, "not-the-password").close();
      } catch (SQLException e) {
        if ("28P01".equals(e.getSQLState())) {
          return;
        }
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("pg_hba.conf was not reloaded: " + name + " still logs in without its password");
  }

  void changePassword(String password) {
    execute("ALTER ROLE " + name + " PASSWORD '" + password + "'");
  }

  @Override
  public void close() throws IOException {
    Files.writeString(hbaFile, originalHba);
    execute("SELECT pg_reload_conf()");
    execute("DROP ROLE IF EXISTS " + name);
  }

  private static void execute(String sql) {
    try (Connection connection = TestPostgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
