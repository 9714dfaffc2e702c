package dev.opsflow.local.backup;

import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * opsflow's own backup format, for when no {@code pg_dump} as new as the server is installed (the embedded
 * PostgreSQL 18 ships none, Debian 12 has only 15): a zip of {@code manifest.json} and one {@code COPY} text file
 * per table of the {@code public} schema, read in one repeatable-read snapshot. The schema itself is not in it:
 * a restore recreates it with the Flyway migrations up to the backup's schema version (so restore with the
 * release that made the backup, or a newer one), then loads the rows, Flyway's history included, and the
 * sequences' positions.
 */
final class LogicalBackup {
  private static final String MANIFEST = "manifest.json";

  private LogicalBackup() {}

  /** Writes the database behind {@code connection} to {@code out}; returns what was written. */
  static BackupManifest write(Connection connection, OutputStream out, Instant now) throws SQLException, IOException {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      List<String> tables = Catalog.tablesInLoadOrder(connection);
      BackupManifest manifest = new BackupManifest(
          now, Catalog.serverVersion(connection), Catalog.schemaVersion(connection, tables), tables, Catalog.sequencePositions(connection));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(Json.write(manifest.toJson()).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (String table : tables) {
        zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
        copy.copyOut("COPY public." + Catalog.quoted(table) + " TO STDOUT", zip);
        zip.closeEntry();
      }
      connection.commit();
      return manifest;
    } finally {
      connection.setReadOnly(false);
      connection.setAutoCommit(true);
    }
  }

  /**
   * Replaces the database behind {@code dataSource} with the backup read from {@code in}: drops the {@code public}
   * schema, migrates a new one to the backup's version, and loads every table in one transaction.
   */
  static BackupManifest restore(DataSource dataSource, InputStream in) throws SQLException, IOException {
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry first = zip.getNextEntry();
      if (first == null || !first.getName().equals(MANIFEST)) {
        throw new IOException("Not an opsflow backup: it does not start with " + MANIFEST);
      }
      BackupManifest manifest = BackupManifest.fromJson(Json.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
      recreateSchema(dataSource, manifest.schemaVersion());
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        load(connection, zip, manifest);
        connection.commit();
      }
      return manifest;
    }
  }

  private static void recreateSchema(DataSource dataSource, String schemaVersion) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
    if (schemaVersion != null) {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).target(schemaVersion).load().migrate();
    }
  }

  private static void load(Connection connection, ZipInputStream zip, BackupManifest manifest) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      disableTriggersIfAllowed(statement);
      List<String> existing = Catalog.tablesInLoadOrder(connection);
      if (!existing.isEmpty()) {
        // Whatever the migrations inserted (seed rows, Flyway's own history) gives way to the backup's rows.
        statement.execute("TRUNCATE " + String.join(", ", existing.stream().map(t -> "public." + Catalog.quoted(t)).toList()) + " CASCADE");
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String table = entry.getName().replaceFirst("^data/", "").replaceFirst("\\.copy$", "");
        if (!existing.contains(table)) {
          throw new IOException("The backup has table " + table + ", which the migrations up to " + manifest.schemaVersion()
              + " do not create: restore it with the release that made it");
        }
        copy.copyIn("COPY public." + Catalog.quoted(table) + " FROM STDIN", zip);
      }
      for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
        statement.execute("SELECT setval('public." + Catalog.quoted(sequence.getKey()).replace("'", "''") + "', " + sequence.getValue() + ", true)");
      }
    }
  }

  /** A superuser may load rows without firing triggers (foreign keys included); others load in dependency order. */
  private static void disableTriggersIfAllowed(Statement statement) throws SQLException {
    statement.execute("SAVEPOINT replica");
    try {
      statement.execute("SET LOCAL session_replication_role = replica");
      statement.execute("RELEASE SAVEPOINT replica");
    } catch (SQLException e) {
      statement.execute("ROLLBACK TO SAVEPOINT replica");
    }
  }
}
