package dev.opsflow.webapp.ops;

import java.time.Instant;

/** One row of the notifications outbox, as the dashboard shows it. */
public record NotificationRow(
    String id,
    String requestId,
    String event,
    String channel,
    String recipient,
    String subject,
    String body,
    String status,
    int attempts,
    String error,
    Instant createdAt,
    Instant sentAt) {}
