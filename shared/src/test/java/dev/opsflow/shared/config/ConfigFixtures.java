package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The shipped {@code config/} directory, and copies of it that tests can break one edit at a time. */
public final class ConfigFixtures {
  private static IntakeConfig shipped;

  private ConfigFixtures() {}

  /** The repository's config directory (tests run with the module directory as working directory). */
  public static Path shippedDir() {
    return Path.of("..", "config").toAbsolutePath().normalize();
  }

  /** The shipped configuration, loaded once. */
  public static synchronized IntakeConfig shipped() {
    if (shipped == null) {
      shipped = ConfigLoader.fromDirectory(shippedDir());
    }
    return shipped;
  }

  /** Copies the shipped config (with its schemas) into {@code target}. */
  public static Path copyShipped(Path target) {
    try (Stream<Path> files = Files.walk(shippedDir())) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(shippedDir().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites one JSON file of a config copy through an edit of its tree. */
  public static void edit(Path dir, String file, Consumer<ObjectNode> change) {
    try {
      JsonNode root = Json.MAPPER.readTree(dir.resolve(file).toFile());
      change.accept((ObjectNode) root);
      Files.writeString(dir.resolve(file), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Overwrites one file of a config copy with raw text. */
  public static void write(Path dir, String file, String text) {
    try {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.writeString(dir.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
