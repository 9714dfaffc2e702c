package dev.opsflow.local.events;

import java.time.Instant;

/** A delivery to be written: one target of one matched rule, with its computed input and retry limits. */
record PlannedDelivery(
    String ruleName, String ruleArn, String targetId, String targetArn, String input, int maxRetries, Instant expiresAt) {}
