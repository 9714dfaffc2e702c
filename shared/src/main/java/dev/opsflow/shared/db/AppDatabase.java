package dev.opsflow.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The application database as the steps see it. {@code opsflow local} (and tests) {@link #install} the node's
 * pool before any handler runs; in a Lambda nothing is installed and the first use opens a small pool from
 * {@code OPSFLOW_DB_URL}, {@code OPSFLOW_DB_USER} and {@code OPSFLOW_DB_PASSWORD}, kept for the life of the
 * execution environment. Schema migrations are not run here: the deploy (or the local node) owns them.
 */
public final class AppDatabase {
  private static volatile DataSource installed;

  private AppDatabase() {}

  /** Makes {@code dataSource} the one every step uses in this process. */
  public static void install(DataSource dataSource) {
    installed = dataSource;
  }

  /** The installed pool, or one opened from the environment on first use. */
  public static DataSource get() {
    DataSource current = installed;
    if (current == null) {
      synchronized (AppDatabase.class) {
        if (installed == null) {
          installed = fromEnvironment(System.getenv());
        }
        current = installed;
      }
    }
    return current;
  }

  static DataSource fromEnvironment(Map<String, String> env) {
    String url = env.get("OPSFLOW_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("OPSFLOW_DB_URL is not set and no database was installed (AppDatabase.install)");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("opsflow-app");
    config.setJdbcUrl(url);
    config.setUsername(env.get("OPSFLOW_DB_USER"));
    config.setPassword(env.get("OPSFLOW_DB_PASSWORD"));
    // One Lambda execution environment runs one invocation at a time.
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
