package dev.opsflow.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The application database as the steps see it. {@code opsflow local} (and tests) {@link #install} the node's
 * pool before any handler runs; in a Lambda nothing is installed and the first use opens a small pool, kept for
 * the life of the execution environment, from the environment tofu sets:
 *
 * <ul>
 *   <li>{@code OPSFLOW_DB_URL}: the JDBC URL (the RDS endpoint, {@code sslmode=require});
 *   <li>{@code OPSFLOW_DB_SECRET_ARN}: the RDS-managed secret holding {@code {"username", "password", ...}}, read
 *       with the AWS SDK (module {@code software.amazon.awssdk:secretsmanager} and {@code url-connection-client},
 *       optional in shared: a function that uses the database declares them). Fetched on the first connection and
 *       again when the database refuses it (RDS rotates the password); no password is ever in the environment.
 *   <li>otherwise {@code OPSFLOW_DB_USER} and {@code OPSFLOW_DB_PASSWORD} (a database outside AWS).
 * </ul>
 *
 * Schema migrations are not run here: the deploy (or the local node) owns them.
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

  /** A pool as {@link #get()} opens it from {@code env}; the caller closes it. */
  static HikariDataSource fromEnvironment(Map<String, String> env) {
    String url = env.get("OPSFLOW_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("OPSFLOW_DB_URL is not set and no database was installed (AppDatabase.install)");
    }
    return open(url, credentialSource(env));
  }

  /**
   * The credentials {@code env} names, fetched now: the secret's when {@code OPSFLOW_DB_SECRET_ARN} is set, else
   * {@code OPSFLOW_DB_USER}/{@code OPSFLOW_DB_PASSWORD}. For a process that builds its own pool (the dashboard
   * container); such a pool does not follow a rotation until it restarts.
   */
  public static DatabaseCredentials credentials(Map<String, String> env) {
    return credentialSource(env).get();
  }

  private static Supplier<DatabaseCredentials> credentialSource(Map<String, String> env) {
    String secretArn = env.get("OPSFLOW_DB_SECRET_ARN");
    if (secretArn == null || secretArn.isBlank()) {
      DatabaseCredentials fixed = new DatabaseCredentials(env.get("OPSFLOW_DB_USER"), env.get("OPSFLOW_DB_PASSWORD"));
      return () -> fixed;
    }
    requireOnClassPath(RdsSecret.CLIENT_CLASS, "secretsmanager");
    requireOnClassPath(RdsSecret.HTTP_CLIENT_CLASS, "url-connection-client");
    return RdsSecret.fromEnvironment(secretArn, env);
  }

  /** A pool on {@code url} whose connections are opened with the credentials {@code credentials} gives. */
  static HikariDataSource open(String url, Supplier<DatabaseCredentials> credentials) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("opsflow-app");
    config.setDataSource(new RotatingCredentialsDataSource(url, credentials));
    // One Lambda execution environment runs one invocation at a time.
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  private static void requireOnClassPath(String className, String artifactId) {
    try {
      Class.forName(className, false, AppDatabase.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("OPSFLOW_DB_SECRET_ARN is set but software.amazon.awssdk:" + artifactId
          + " is not on the class path: declare it in the function's pom.xml", e);
    }
  }
}
