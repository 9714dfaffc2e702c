package dev.opsflow.webapp;

import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.webapp.web.WebSettings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The dashboard inside {@code opsflow local}: on the node's database, talking to the node's engine through its
 * Step Functions API with the AWS SDK (as it talks to Step Functions in AWS), on {@code OPSFLOW_WEB_PORT}
 * (default 8080) of the node's bind address. Configuration defaults to the repository's {@code config/}.
 */
public final class DashboardComponent implements NodeComponent {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardComponent.class);

  @Override
  public String name() {
    return "dashboard";
  }

  @Override
  public int order() {
    // After the bus and ingress (100): the dashboard shows what they hold.
    return 200;
  }

  @Override
  public AutoCloseable start(NodeContext context) {
    Map<String, String> env = new HashMap<>(context.env());
    env.putIfAbsent("OPSFLOW_CONFIG_DIR", context.home().resolve("config").toString());
    WebSettings settings = WebSettings.from(env, context.bindAddress());
    SfnClient sfn = SfnClients.create(context.stepFunctionsEndpoint(), env.get("AWS_REGION"));
    Dashboard dashboard;
    try {
      dashboard = Dashboard.start(context.dataSource(), sfn, settings, Clock.systemUTC());
    } catch (RuntimeException e) {
      sfn.close();
      throw e;
    }
    LOG.info("Dashboard at http://{}:{}/ (public form at /request-service)", settings.bindAddress(), dashboard.port());
    return () -> {
      dashboard.close();
      sfn.close();
    };
  }
}
