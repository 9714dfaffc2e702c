package dev.opsflow.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;

/**
 * A PostgreSQL server started by this process from the binaries inside the zonky artifact, with its cluster in
 * {@code <dataDirectory>/postgres}. The cluster is kept across restarts (initialised only when empty) and runs
 * durably (fsync and synchronous commit on, which zonky turns off by default). Started as root, zonky runs the
 * server in a user namespace as {@code nobody}; the cluster directory must then belong to root, which it does
 * when this class created it.
 *
 * <p>A server left running by a process that was killed is stopped before the new one starts (see {@link
 * StalePostmaster}); a directory still in use by a live process is refused.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  /** The embedded cluster's superuser (trust authentication on localhost). */
  public static final String USER = "postgres";

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final Path cluster;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path cluster) {
    this.postgres = postgres;
    this.cluster = cluster;
  }

  /** Starts (initialising if needed) the durable cluster under {@code dataDirectory} on {@code port} (0: any free). */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    return start(dataDirectory, port, true, true);
  }

  /**
   * For tests: a server on any free port that trades crash safety for speed (fsync and synchronous commit
   * off) and has no JVM shutdown hook of its own, so the caller's hook can stop it before deleting its files.
   */
  public static EmbeddedDatabase startForTests(Path dataDirectory) throws IOException {
    return start(dataDirectory, 0, false, false);
  }

  private static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, boolean shutdownHook)
      throws IOException {
    Path cluster = dataDirectory.resolve("postgres").toAbsolutePath().normalize();
    Files.createDirectories(cluster);
    checkOwnership(cluster);
    StalePostmaster.stopIfOrphaned(cluster);
    String onOff = durable ? "on" : "off";
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(cluster)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("fsync", onOff)
            .setServerConfig("synchronous_commit", onOff)
            .setServerConfig("full_page_writes", onOff)
            .setPGStartupWait(STARTUP_WAIT)
            .setRegisterShutdownHook(shutdownHook)
            .start();
    return new EmbeddedDatabase(postgres, cluster);
  }

  /**
   * PostgreSQL refuses a cluster that is not its own (started as root, the cluster must belong to root even
   * though the server runs as nobody); say so before it does, with the fix. A user the system cannot name is
   * left to PostgreSQL's own check.
   */
  private static void checkOwnership(Path cluster) throws IOException {
    String me = System.getProperty("user.name");
    UserPrincipal owner = Files.getOwner(cluster);
    UserPrincipal current;
    try {
      current = cluster.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(me);
    } catch (UserPrincipalNotFoundException | UnsupportedOperationException e) {
      return;
    }
    if (!owner.equals(current) || !Files.isWritable(cluster)) {
      throw new IOException(
          "The embedded PostgreSQL directory " + cluster + " must belong to, and be writable by, '" + me
              + "' who starts it (owner: '" + owner.getName() + "'): chown -R " + me + " " + cluster);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  /** Where the cluster's files are. */
  public Path cluster() {
    return cluster;
  }

  /** Stops the server (a fast shutdown: open sessions are ended); the cluster's files stay. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
