package dev.opsflow.local.events;

import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the local EventBridge inside {@code opsflow local}: loads {@code events/rules/*.json}, runs the bus's
 * workers, serves the EventBridge API on {@code OPSFLOW_EVENTS_PORT} (default 8084) of the node's bind address,
 * and gives workflows the {@code events:putEvents} integration. Targets are the node's engine (StartExecution)
 * and its Lambda functions. Starts before the components that publish to it (ingress, dashboard).
 */
public final class EventBusComponent implements NodeComponent {
  private static final Logger LOG = LoggerFactory.getLogger(EventBusComponent.class);
  static final int DEFAULT_PORT = 8084;
  static final String PREFIX = "opsflow";

  @Override
  public String name() {
    return "event-bus";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public AutoCloseable start(NodeContext context) throws Exception {
    EngineSettings engineSettings = context.engine().settings();
    BusSettings settings = BusSettings.from(context.env(), engineSettings.region(), engineSettings.account());
    TargetInvoker targets =
        new LocalTargets(new StepFunctionsService(context.engine(), context.lambdas()), context.lambdas(), settings.lambdaFunctionErrorRetries());
    EventBus bus = new EventBus(context.dataSource(), context.engine().clock(), settings, targets);
    List<EventRule> rules = RuleFiles.load(context.home().resolve("events/rules"), RulePlaceholders.of(context.home(), engineSettings, PREFIX));
    bus.loadFileRules(rules);
    context.engine().tasks().register("events:putEvents", new PutEventsIntegration(bus));
    int port = Integer.parseInt(context.env().getOrDefault("OPSFLOW_EVENTS_PORT", String.valueOf(DEFAULT_PORT)).trim());
    BusWorkers workers = new BusWorkers(bus, 2);
    EventBridgeHttpApi api;
    try {
      api = new EventBridgeHttpApi(bus).start(context.bindAddress(), port);
    } catch (IOException | RuntimeException e) {
      workers.close();
      throw e;
    }
    LOG.info("Event bus: EventBridge API at {} ({} rule files loaded)", api.endpoint(), rules.size());
    return () -> {
      api.close();
      workers.close();
    };
  }
}
