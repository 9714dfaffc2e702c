package dev.opsflow.tofu.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Test repositories: {@code good/} is a minimal repository that passes every check; {@code broken/<case>/} holds
 * only the files that differ, laid over a copy of it. Node tools are shared by all tests of the JVM.
 */
final class Fixtures {
  static final Path RESOURCES = Path.of("src/test/resources");
  private static NodeTools tools;

  private Fixtures() {}

  static synchronized NodeTools tools() {
    if (tools == null) {
      tools = NodeTools.in(Path.of(System.getProperty("opsflow.node.tools.dir", "target")));
    }
    return tools;
  }

  /** The repository this module belongs to. */
  static Path repository() {
    return Path.of(System.getProperty("opsflow.repo.dir", "..")).toAbsolutePath().normalize();
  }

  /** A fresh copy of good/ with broken/{@code brokenCase}/ laid over it (or good/ alone for null). */
  static Path repository(Path tempDir, String brokenCase) {
    copy(RESOURCES.resolve("good"), tempDir);
    if (brokenCase != null) {
      copy(RESOURCES.resolve("broken").resolve(brokenCase), tempDir);
    }
    return tempDir;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
