package dev.opsflow.local.ingress;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.shared.ingress.EventBridgePublisher;
import dev.opsflow.shared.ingress.InboundQueue;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressSettings;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The channels' ingress inside {@code opsflow local}, in the AWS shape: the {@code receive-inbound} handler served
 * as a Function URL on {@code OPSFLOW_INGRESS_PORT} (default 8081; {@code OPSFLOW_INGRESS_BIND}, default the node's
 * bind address: webhooks may need it public while the other APIs stay on loopback), the inbound queue's workers
 * ({@code OPSFLOW_INGRESS_WORKERS}, default 2) publishing to the node's bus through the EventBridge API on {@code
 * OPSFLOW_EVENTS_PORT}, and the operators' API on {@code OPSFLOW_INGRESS_ADMIN_PORT} (default 8085). Starts after
 * the bus. The handler is found by class name, as the function manifest names it, and built with the node's
 * environment; without it on the classpath ingress is skipped with a warning.
 */
public final class IngressComponent implements NodeComponent {
  static final String HANDLER = "dev.opsflow.fn.receiveinbound.ReceiveInboundHandler";
  private static final Logger LOG = LoggerFactory.getLogger(IngressComponent.class);

  @Override
  public String name() {
    return "ingress";
  }

  @Override
  public AutoCloseable start(NodeContext context) throws Exception {
    Map<String, String> env = context.env();
    RequestHandler<?, ?> handler;
    try {
      handler = (RequestHandler<?, ?>) Class.forName(HANDLER).getConstructor(Map.class).newInstance(env);
    } catch (ClassNotFoundException e) {
      LOG.warn("Ingress not started: {} is not on the classpath (build functions/receive-inbound)", HANDLER);
      return () -> {};
    }
    IngressSettings settings = IngressSettings.from(env);
    EngineSettings engine = context.engine().settings();
    Clock clock = Clock.systemUTC();
    InboundStore store = new InboundStore(context.dataSource(), clock);
    EventBridgeClient events = EventBridgeClient.builder()
        .endpointOverride(URI.create("http://" + loopbackFor(context.bindAddress()) + ":" + port(env, "OPSFLOW_EVENTS_PORT", 8084)))
        .region(Region.of(engine.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    InboundWorkers workers = new InboundWorkers(
        new InboundQueue(context.dataSource(), clock, new EventBridgePublisher(events, settings.eventBus()), settings),
        port(env, "OPSFLOW_INGRESS_WORKERS", 2));
    String arn = "arn:aws:lambda:" + engine.region() + ":" + engine.account() + ":function:opsflow-receive-inbound";
    FunctionUrlServer server = new FunctionUrlServer(arn, JavaHandlerFunction.of(handler), context.engine().clock(), engine.account(), workers::wake);
    IngressAdminApi admin = new IngressAdminApi(store);
    try {
      server.start(env.getOrDefault("OPSFLOW_INGRESS_BIND", context.bindAddress()), port(env, "OPSFLOW_INGRESS_PORT", 8081));
      admin.start(context.bindAddress(), port(env, "OPSFLOW_INGRESS_ADMIN_PORT", 8085));
    } catch (java.io.IOException | RuntimeException e) {
      server.close();
      workers.close();
      events.close();
      throw e;
    }
    LOG.info("Ingress: Function URL at {}, operators' API at {}", server.endpoint(), admin.endpoint());
    return () -> {
      server.close();
      admin.close();
      workers.close();
      events.close();
    };
  }

  private static String loopbackFor(String bindAddress) {
    return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    try {
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
    }
  }
}
