package dev.opsflow.shared.notify;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import java.time.Instant;

/** One row of {@code notifications}: the message, where it stands, and the provider's id once sent. */
public record NotificationRecord(
    String id,
    String requestId,
    String idempotencyKey,
    NotificationEvent event,
    NotifyChannel channel,
    String recipient,
    String subject,
    String body,
    NotificationStatus status,
    int attempts,
    String providerMessageId,
    String error,
    Instant createdAt,
    Instant sentAt) {}
