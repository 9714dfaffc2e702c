package dev.opsflow.local.events;

import java.time.Instant;

/** A delivery claimed by a worker; {@code attempts} counts this attempt. */
record Delivery(
    long id,
    String eventId,
    String ruleName,
    String ruleArn,
    String targetId,
    String targetArn,
    String input,
    int maxRetries,
    Instant expiresAt,
    int attempts,
    String owner) {}
