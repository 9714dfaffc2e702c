package dev.opsflow.shared.reasoning;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from a module's working directory, for tests that read config/ and eval/. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The nearest ancestor of the working directory that has config/triage.json. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("config").resolve("triage.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no config/triage.json above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The repository's config directory. */
  public static Path config() {
    return root().resolve("config");
  }
}
