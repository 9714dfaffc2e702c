package dev.opsflow.db;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server is a separate process: when the JVM that started it is killed, it keeps running and
 * holds the cluster, so the next start would fail. zonky holds a file lock ({@code epg-lock}) in the cluster
 * while its JVM lives; if that lock can be taken, whoever started the server listed in {@code postmaster.pid}
 * is gone, and that server is shut down (SIGTERM: PostgreSQL's smart shutdown, which ends once the dead JVM's
 * sessions have closed).
 */
final class StalePostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
  private static final String ZONKY_LOCK = "epg-lock";
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private StalePostmaster() {}

  static void stopIfOrphaned(Path cluster) throws IOException {
    Optional<ProcessHandle> server = runningServer(cluster);
    if (server.isEmpty()) {
      return;
    }
    try (FileOutputStream lockFile = new FileOutputStream(cluster.resolve(ZONKY_LOCK).toFile());
        FileLock lock = lockFile.getChannel().tryLock()) {
      if (lock == null) {
        throw new IOException("The embedded PostgreSQL in " + cluster + " is in use by another running process");
      }
      LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that ended", server.get().pid(), cluster);
      stop(server.get());
    }
  }

  private static Optional<ProcessHandle> runningServer(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    long pid;
    try {
      pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
  }

  private static void stop(ProcessHandle server) throws IOException {
    CompletableFuture<ProcessHandle> exited = server.onExit();
    server.destroy();
    try {
      exited.get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("PostgreSQL (pid " + server.pid() + ") did not stop within " + SHUTDOWN_WAIT, e);
    } catch (ExecutionException e) {
      throw new IOException("Could not wait for PostgreSQL (pid " + server.pid() + ") to stop", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping PostgreSQL (pid " + server.pid() + ")", e);
    }
  }
}
