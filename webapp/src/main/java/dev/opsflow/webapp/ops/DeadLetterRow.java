package dev.opsflow.webapp.ops;

import java.time.Instant;

/** One dead letter of the event bus: the event, why it died, the rule and target it was for, whether replayed. */
public record DeadLetterRow(long id, String eventId, String detailType, String source, String reason, String error, String ruleName,
    int attempts, Instant deadAt, Instant replayedAt) {}
