package dev.opsflow.local.cli;

import dev.opsflow.db.PostgresSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the node's database is, as {@code opsflow local} finds it: options over the environment. */
final class DatabaseOptions {
  @Option(names = "--data-dir", description = "Embedded PostgreSQL data directory (default: $OPSFLOW_DATA_DIR or .opsflow/data).")
  Path dataDir;

  @Option(names = "--db-url", description = "An external PostgreSQL JDBC URL instead of the embedded one (or $OPSFLOW_DB_URL).")
  String dbUrl;

  /** The environment with the options applied. */
  Map<String, String> env() {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (dataDir != null) {
      env.put("OPSFLOW_DATA_DIR", dataDir.toString());
    }
    if (dbUrl != null) {
      env.put("OPSFLOW_DB_URL", dbUrl);
    }
    return env;
  }

  PostgresSettings settings() {
    return PostgresSettings.from(env());
  }
}
