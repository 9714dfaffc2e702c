package dev.opsflow.local.outbox;

import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.shared.alert.AlertLinks;
import dev.opsflow.shared.alert.Incidents;
import dev.opsflow.shared.config.ConfigException;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.IntakeConfig;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.notify.CapturingNotifier;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.notify.Notifier;
import dev.opsflow.shared.notify.SlackNotifier;
import dev.opsflow.shared.outbox.EventBridgeClients;
import dev.opsflow.shared.outbox.EventBridgePublisher;
import dev.opsflow.shared.outbox.NotificationPublisher;
import dev.opsflow.shared.outbox.OutboxEvent;
import dev.opsflow.shared.outbox.OutboxMonitor;
import dev.opsflow.shared.outbox.OutboxPublisher;
import dev.opsflow.shared.outbox.OutboxRelay;
import dev.opsflow.shared.outbox.RelayPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The outbox relay of {@code opsflow local}: publishes {@code eventbridge} events to the local bus (or any
 * EventBridge endpoint, see {@link RelaySettings}) and {@code notify} events to staff through the notification
 * service: captured in the dashboard's outbox by default; Slack for real when {@code OPSFLOW_SLACK_WEBHOOK_URL} is
 * set. Marks stuck events and alerts operators about them. Started after the bus.
 */
public final class OutboxRelayComponent implements NodeComponent {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayComponent.class);

  @Override
  public String name() {
    return "outbox-relay";
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public AutoCloseable start(NodeContext context) {
    Map<String, String> env = new HashMap<>(context.env());
    if (Files.isDirectory(context.home().resolve("config"))) {
      env.putIfAbsent(ConfigLoader.CONFIG_DIR_ENV, context.home().resolve("config").toString());
    }
    env.putIfAbsent("OPSFLOW_EVENTS_ENDPOINT", RelaySettings.from(env).eventsEndpoint().toString());
    RelaySettings settings = RelaySettings.from(env);
    Clock clock = Clock.systemUTC();
    RelayPolicy policy = RelayPolicy.from(env);
    EventBridgeClient events = EventBridgeClients.from(env);
    Map<String, OutboxPublisher> publishers = new HashMap<>();
    publishers.put(OutboxEvent.EVENT_BUS, new EventBridgePublisher(events, settings.eventBus()));
    try {
      IntakeConfig config = ConfigLoader.fromEnvironment(env);
      publishers.put(OutboxEvent.NOTIFY, new NotificationPublisher(notifications(context, env), config.notifications()));
    } catch (ConfigException e) {
      // Without notifications.json nobody can be told anything: staff messages wait in the outbox (and show
      // as stuck) until the configuration loads; events for the bus still flow.
      LOG.error("The business configuration does not load, so staff notifications wait in the outbox: {}", e.getMessage());
    }
    OutboxRelay relay = new OutboxRelay(context.dataSource(), publishers, policy, clock);
    Incidents incidents = new Incidents(context.dataSource(), AlertLinks.from(env), clock);
    RelayLoop loop = new RelayLoop(relay, new OutboxMonitor(context.dataSource(), policy, clock), incidents, settings, clock);
    LOG.info("Outbox relay publishing to {} (bus {})", settings.eventsEndpoint(), settings.eventBus());
    return () -> {
      loop.close();
      events.close();
    };
  }

  /** Every channel captured (the local default), Slack sent for real when a webhook is configured. */
  private static NotificationService notifications(NodeContext context, Map<String, String> env) {
    NotificationStore store = new NotificationStore(context.dataSource());
    Map<NotifyChannel, Notifier> notifiers = new EnumMap<>(NotifyChannel.class);
    CapturingNotifier capturing = new CapturingNotifier(store);
    for (NotifyChannel channel : NotifyChannel.values()) {
      notifiers.put(channel, capturing);
    }
    String webhook = env.get("OPSFLOW_SLACK_WEBHOOK_URL");
    if (webhook != null && !webhook.isBlank()) {
      notifiers.put(NotifyChannel.SLACK, SlackNotifier.webhook(HttpClient.newHttpClient(), URI.create(webhook)));
    }
    return new NotificationService(store, notifiers);
  }
}
