package dev.opsflow.local.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL server running on a data directory, if any, as its {@code postmaster.pid} tells: the
 * node's server while the node runs (so a backup connects to it instead of starting a second one), none when the
 * node is stopped.
 */
record RunningCluster(long pid, int port) {

  /** The live server of {@code <dataDirectory>/postgres}, or empty. */
  static Optional<RunningCluster> of(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> new RunningCluster(pid, port));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }
}
