package dev.opsflow.shared.ingress;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message a channel delivered, ready to be recorded: which channel and source sent it, the channel's own id
 * for it ({@code sourceId}, the idempotency key), the entity whose events must stay in order (null: none), the
 * request headers worth keeping, and the payload the processor will publish as JSON text ({@code body}). A
 * payload over the inline limit is in the object store and {@code bodyRef} names it instead. {@code error}, when
 * set, records a message that can never be processed (authenticated but malformed), so it stays visible. The
 * execution name is the message's ({@code <channel>-<source id>}, {@link ExecutionNames#of}) unless its receiver
 * names the business object instead (a signed contract's {@code contract-<id>}).
 */
public record InboundMessage(
    Channel channel,
    String source,
    String sourceId,
    InboundKind kind,
    String entityKey,
    Instant receivedAt,
    Map<String, String> headers,
    String body,
    String bodyRef,
    int bodySize,
    String error,
    String executionName) {
  /** A message whose execution is named after its channel and id. */
  public InboundMessage(
      Channel channel, String source, String sourceId, InboundKind kind, String entityKey, Instant receivedAt, Map<String, String> headers,
      String body, String bodyRef, int bodySize, String error) {
    this(channel, source, sourceId, kind, entityKey, receivedAt, headers, body, bodyRef, bodySize, error, ExecutionNames.of(channel, sourceId));
  }

  public InboundMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(executionName, "executionName");
    headers = Map.copyOf(headers);
    if ((body == null) == (bodyRef == null) && error == null) {
      throw new IllegalArgumentException("A message has its body inline or by reference, not both or neither");
    }
  }
}
