package dev.opsflow.webapp;

import dev.opsflow.db.PostgresDatabase;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.webapp.web.WebSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The dashboard on its own: the App Runner container's entry point. Reads {@code OPSFLOW_DB_URL} (required: a
 * container must not keep data in an embedded database), {@code OPSFLOW_DB_USER}, {@code OPSFLOW_DB_PASSWORD},
 * {@code OPSFLOW_SFN_ENDPOINT} (optional: Step Functions of {@code AWS_REGION} when unset) and the settings of
 * {@link WebSettings} (binding 0.0.0.0 by default). Migrates the schema, serves until SIGTERM.
 */
public final class DashboardMain {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardMain.class);

  private DashboardMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> env = System.getenv();
    PostgresSettings database = PostgresSettings.from(env);
    if (database.isEmbedded()) {
      throw new IllegalStateException("OPSFLOW_DB_URL is not set: the dashboard container needs the application database");
    }
    String endpoint = env.get("OPSFLOW_SFN_ENDPOINT");
    WebSettings settings = WebSettings.from(env, "0.0.0.0");
    try (PostgresDatabase postgres = PostgresDatabase.start(database);
        SfnClient sfn = SfnClients.create(endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint), env.get("AWS_REGION"));
        Dashboard dashboard = Dashboard.start(postgres.dataSource(), sfn, settings, Clock.systemUTC())) {
      LOG.info("Dashboard listening on {}:{} ({})", settings.bindAddress(), dashboard.port(), database);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dashboard-shutdown"));
      stopped.await();
    }
  }
}
