package dev.opsflow.local.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a PostgreSQL client program ({@code pg_dump}, {@code pg_restore}) that can work with a server of a given
 * major version: pg_dump refuses a server newer than itself, so the client's major version must be at least the
 * server's. Looks in {@code OPSFLOW_PG_BIN}, then the Debian/Ubuntu layout ({@code /usr/lib/postgresql/<n>/bin},
 * newest first), then {@code PATH}. The embedded (zonky) server ships no client programs.
 */
final class PgTools {
  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

  private PgTools() {}

  /** The candidates, in the order they are tried. */
  static List<Path> candidates(String program, String configuredBin, Path debianRoot, String path) throws IOException {
    List<Path> candidates = new ArrayList<>();
    if (configuredBin != null && !configuredBin.isBlank()) {
      candidates.add(Path.of(configuredBin, program));
    }
    if (Files.isDirectory(debianRoot)) {
      try (Stream<Path> versions = Files.list(debianRoot)) {
        versions.filter(v -> v.getFileName().toString().matches("\\d+"))
            .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString())).reversed())
            .forEach(v -> candidates.add(v.resolve("bin").resolve(program)));
      }
    }
    if (path != null) {
      for (String dir : path.split(":")) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, program));
        }
      }
    }
    return candidates;
  }

  /** The first candidate that runs and whose major version is at least {@code serverMajor}. */
  static Optional<Path> find(List<Path> candidates, int serverMajor) {
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate) && majorVersion(candidate).orElse(0) >= serverMajor) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The major version {@code program --version} reports ({@code pg_dump (PostgreSQL) 15.18} gives 15). */
  static Optional<Integer> majorVersion(Path program) {
    try {
      Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return Optional.empty();
      }
      Matcher matcher = VERSION.matcher(output);
      return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
