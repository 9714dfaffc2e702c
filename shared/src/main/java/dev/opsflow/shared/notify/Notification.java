package dev.opsflow.shared.notify;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import java.util.Objects;

/**
 * One message to one recipient: an email address, an E.164 phone number, or a Slack channel ("#dispatch" or
 * an id). {@code idempotencyKey} (execution, state, recipient) makes it unique: the same key is never sent twice.
 * {@code requestId} may be null (an operator alert about no stored request); {@code subject} is used by email
 * (and as Slack's heading), ignored by SMS.
 */
public record Notification(
    String idempotencyKey,
    String requestId,
    NotificationEvent event,
    NotifyChannel channel,
    String recipient,
    String subject,
    String body) {

  public Notification {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(channel, "channel");
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("Notification without recipient: " + idempotencyKey);
    }
    Objects.requireNonNull(body, "body");
  }
}
