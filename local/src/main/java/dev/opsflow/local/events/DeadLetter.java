package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One dead letter: the event as accepted, why it is here (with the target's last error code and message), the
 * rule and target it was for (null for an unmatched event), how many attempts were made, and, once an operator
 * replayed it, when and with what outcome.
 */
public record DeadLetter(
    long id,
    String eventId,
    String eventBus,
    JsonNode event,
    DeadLetterReason reason,
    String errorCode,
    String errorMessage,
    String ruleName,
    String targetId,
    String targetArn,
    int attempts,
    Instant deadAt,
    Instant replayedAt,
    String replayNote) {
  public boolean isReplayed() {
    return replayedAt != null;
  }
}
