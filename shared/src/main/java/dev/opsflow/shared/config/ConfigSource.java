package dev.opsflow.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where config files are read from: a directory on disk (the repository's {@code config/}, or
 * {@code $OPSFLOW_CONFIG_DIR}) or a resource folder on the classpath (a Lambda artifact carries
 * {@code opsflow-config/}). Names are relative, with forward slashes: {@code triage.json},
 * {@code schemas/triage.schema.json}.
 */
public sealed interface ConfigSource {

  /** The file's text, or empty when it does not exist. */
  Optional<String> read(String name);

  /** How an operator finds the file: a path or {@code classpath:...}. Used in every error message. */
  String describe(String name);

  static ConfigSource directory(Path dir) {
    return new Directory(dir);
  }

  static ConfigSource classpath(ClassLoader loader, String root) {
    return new Classpath(loader, root);
  }

  /** Files under a directory. */
  record Directory(Path dir) implements ConfigSource {
    public Directory {
      Objects.requireNonNull(dir, "dir");
    }

    @Override
    public Optional<String> read(String name) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }

    @Override
    public String describe(String name) {
      return dir.resolve(name).toString();
    }
  }

  /** Resources under a folder of a class loader. */
  record Classpath(ClassLoader loader, String root) implements ConfigSource {
    public Classpath {
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(root, "root");
    }

    @Override
    public Optional<String> read(String name) {
      try (InputStream in = loader.getResourceAsStream(root + "/" + name)) {
        return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + describe(name), e);
      }
    }

    @Override
    public String describe(String name) {
      return "classpath:" + root + "/" + name;
    }
  }
}
