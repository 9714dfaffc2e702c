package dev.opsflow.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local engine's database is: a PostgreSQL server at {@code jdbcUrl}, or, when that is null, an
 * embedded PostgreSQL whose files live under {@code dataDirectory} and survive restarts. {@code port} is the
 * embedded server's port (0 picks a free one at each start). {@code toString} masks the password, and the
 * URL's {@code password=} parameter, so settings can be logged.
 */
public record PostgresSettings(String jdbcUrl, Path dataDirectory, int port, String user, String password, int poolSize) {
  public static final String DEFAULT_DATA_DIR = ".opsflow/data";
  public static final int DEFAULT_POOL_SIZE = 8;

  public PostgresSettings {
    if (jdbcUrl == null && dataDirectory == null) {
      throw new IllegalArgumentException("Either a JDBC URL or a data directory for the embedded PostgreSQL is needed");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("OPSFLOW_DB_PORT must be between 0 and 65535, not " + port);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("OPSFLOW_DB_POOL_SIZE must be at least 1, not " + poolSize);
    }
  }

  /** Embedded PostgreSQL under {@code dataDirectory}, superuser {@code postgres} without password. */
  public static PostgresSettings embedded(Path dataDirectory, int port) {
    return new PostgresSettings(null, dataDirectory, port, EmbeddedDatabase.USER, null, DEFAULT_POOL_SIZE);
  }

  /**
   * Reads {@code OPSFLOW_DB_URL} (an external server; unset means embedded), {@code OPSFLOW_DB_USER} and {@code
   * OPSFLOW_DB_PASSWORD} (for the external server: the embedded one has only its superuser), {@code
   * OPSFLOW_DATA_DIR} (default {@value #DEFAULT_DATA_DIR}), {@code OPSFLOW_DB_PORT} (the embedded server's port,
   * default 0: any free port) and {@code OPSFLOW_DB_POOL_SIZE} (default {@value #DEFAULT_POOL_SIZE}).
   */
  public static PostgresSettings from(Map<String, String> env) {
    String url = blankToNull(env.get("OPSFLOW_DB_URL"));
    String user = blankToNull(env.get("OPSFLOW_DB_USER"));
    return new PostgresSettings(
        url,
        Path.of(env.getOrDefault("OPSFLOW_DATA_DIR", DEFAULT_DATA_DIR)),
        integer(env, "OPSFLOW_DB_PORT", 0),
        url == null ? EmbeddedDatabase.USER : user,
        blankToNull(env.get("OPSFLOW_DB_PASSWORD")),
        integer(env, "OPSFLOW_DB_POOL_SIZE", DEFAULT_POOL_SIZE));
  }

  public boolean isEmbedded() {
    return jdbcUrl == null;
  }

  /** The same settings pointed at a running server (the embedded one once it has started). */
  public PostgresSettings withJdbcUrl(String url) {
    return new PostgresSettings(url, dataDirectory, port, user, password, poolSize);
  }

  @Override
  public String toString() {
    String url = jdbcUrl == null ? null : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1****");
    return "PostgresSettings[jdbcUrl=" + url + ", dataDirectory=" + dataDirectory + ", port=" + port + ", user=" + user
        + ", password=" + (password == null ? null : "****") + ", poolSize=" + poolSize + "]";
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
