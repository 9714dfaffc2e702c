package dev.opsflow.fn.sendconfirmation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.config.NotificationPolicy.EventRoute;
import dev.opsflow.shared.config.NotifyChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a confirmation goes: the {@code confirmation} event's channels in order, the request's own channel first
 * when the event prefers it (an SMS or voicemail is answered by SMS, an email or web form by email), skipping a
 * channel the record has no address for.
 */
record CustomerAddress(NotifyChannel channel, String to) {

  static Optional<CustomerAddress> choose(EventRoute route, String requestChannel, JsonNode fields) {
    List<NotifyChannel> order = new ArrayList<>(route.channels());
    NotifyChannel own = switch (requestChannel) {
      case "sms", "voicemail" -> NotifyChannel.SMS;
      default -> NotifyChannel.EMAIL;
    };
    if (route.preferRequestChannel() && order.remove(own)) {
      order.addFirst(own);
    }
    for (NotifyChannel channel : order) {
      String field = channel == NotifyChannel.SMS ? "phone" : channel == NotifyChannel.EMAIL ? "email" : null;
      JsonNode value = field == null ? null : fields.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(new CustomerAddress(channel, value.asText()));
      }
    }
    return Optional.empty();
  }
}
