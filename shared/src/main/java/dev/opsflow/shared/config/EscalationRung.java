package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One step of an escalation ladder: when nobody has acted {@code minutesAfterSla} minutes after the SLA deadline
 * (on the same clock as the SLA), tell these recipients on these channels.
 */
public record EscalationRung(int minutesAfterSla, List<RecipientRef> recipients, List<NotifyChannel> channels) {
  public EscalationRung {
    if (minutesAfterSla < 0) {
      throw new IllegalArgumentException("minutesAfterSla must not be negative");
    }
    recipients = List.copyOf(recipients);
    channels = List.copyOf(channels);
  }

  static EscalationRung fromJson(JsonNode node) {
    return new EscalationRung(
        node.path("minutes_after_sla").asInt(),
        Nodes.list(node.path("recipients"), n -> RecipientRef.parse(n.asText())),
        Nodes.list(node.path("channels"), n -> NotifyChannel.fromWire(n.asText())));
  }
}
