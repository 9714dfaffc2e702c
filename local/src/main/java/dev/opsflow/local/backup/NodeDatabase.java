package dev.opsflow.local.backup;

import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The node's database for a backup or a restore: the external server of {@code OPSFLOW_DB_URL}; the node's
 * embedded server while the node runs (found through its {@code postmaster.pid}); or, when the node is stopped, the
 * embedded cluster started by this process for the job and stopped afterwards.
 */
final class NodeDatabase implements AutoCloseable {
  private final PostgresSettings settings;
  private final EmbeddedDatabase startedHere;
  private final boolean nodeRunning;

  private NodeDatabase(PostgresSettings settings, EmbeddedDatabase startedHere, boolean nodeRunning) {
    this.settings = settings;
    this.startedHere = startedHere;
    this.nodeRunning = nodeRunning;
  }

  static NodeDatabase open(PostgresSettings settings) throws IOException {
    if (!settings.isEmbedded()) {
      return new NodeDatabase(settings, null, false);
    }
    Optional<RunningCluster> running = RunningCluster.of(settings.dataDirectory());
    if (running.isPresent()) {
      return new NodeDatabase(settings.withJdbcUrl(running.get().jdbcUrl()), null, true);
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDirectory(), 0);
    return new NodeDatabase(settings.withJdbcUrl(embedded.jdbcUrl()), embedded, false);
  }

  /** Settings pointing at the running server. */
  PostgresSettings settings() {
    return settings;
  }

  /** Whether the embedded server belongs to a running node (a restore must refuse). */
  boolean nodeRunning() {
    return nodeRunning;
  }

  /** host, port and database name of the JDBC URL, for pg_dump and pg_restore. */
  Target target() {
    URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
    String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
    return new Target(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, settings.user(), settings.password());
  }

  /** Where pg_dump and pg_restore connect. */
  record Target(String host, int port, String database, String user, String password) {}

  @Override
  public void close() throws IOException {
    if (startedHere != null) {
      startedHere.close();
    }
  }
}
