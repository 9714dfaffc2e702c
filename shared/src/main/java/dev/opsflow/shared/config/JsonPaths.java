package dev.opsflow.shared.config;

import java.util.regex.Pattern;

/** Builds JSON paths in the validator's notation: {@code $.a.b[0]}, and {@code $.events['urgent-request']}. */
final class JsonPaths {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  static String child(String path, String key) {
    return PLAIN.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
  }

  static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
