package dev.opsflow.shared.ingress;

import java.time.Instant;
import java.util.Map;

/** A recorded inbound message as stored in {@code inbound_messages}, with where its processing stands. */
public record InboundRecord(
    long id,
    Channel channel,
    String source,
    String sourceId,
    InboundKind kind,
    String executionName,
    String entityKey,
    Instant receivedAt,
    Map<String, String> headers,
    String body,
    String bodyRef,
    int bodySize,
    InboundStatus status,
    int attempts,
    Instant nextAttemptAt,
    String error,
    String eventId,
    Instant processedAt) {
  public InboundRecord {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
