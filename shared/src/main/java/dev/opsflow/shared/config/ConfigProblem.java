package dev.opsflow.shared.config;

import java.util.Objects;

/**
 * One thing wrong with a config file: which file (as the operator knows it: a path or a classpath resource), where
 * in it (a JSON path such as {@code $.routing.rules[4].team}, {@code $} for the whole file) and what is wrong.
 */
public record ConfigProblem(String file, String path, String message) {
  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + " at " + path + ": " + message;
  }
}
