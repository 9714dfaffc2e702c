package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.notify.NotificationRecord;
import java.util.List;
import java.util.Locale;

/** A notification a step sent (or captured), as step outputs list it: id, channel, recipient and status. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SentNotification(String id, String channel, String recipient, String status) {

  public static List<SentNotification> of(List<NotificationRecord> records) {
    return records.stream()
        .map(r -> new SentNotification(r.id(), r.channel().wireName(), r.recipient(), r.status().name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
