package dev.opsflow.local.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The node's relay from its environment: the EventBridge endpoint ({@code OPSFLOW_EVENTS_ENDPOINT}, default the
 * local bus at {@code http://127.0.0.1:$OPSFLOW_EVENTS_PORT}, port 8084), the default bus ({@code
 * OPSFLOW_EVENT_BUS}, default {@code default}), how long published events are kept ({@code
 * OPSFLOW_OUTBOX_RETENTION_DAYS}, default 7) and how often an idle relay looks ({@code poll}).
 */
record RelaySettings(URI eventsEndpoint, String eventBus, Duration retention, Duration poll) {
  static RelaySettings from(Map<String, String> env) {
    String endpoint = env.get("OPSFLOW_EVENTS_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      endpoint = "http://127.0.0.1:" + env.getOrDefault("OPSFLOW_EVENTS_PORT", "8084");
    }
    return new RelaySettings(
        URI.create(endpoint),
        env.getOrDefault("OPSFLOW_EVENT_BUS", "default"),
        Duration.ofDays(Long.parseLong(env.getOrDefault("OPSFLOW_OUTBOX_RETENTION_DAYS", "7"))),
        Duration.ofMillis(250));
  }
}
