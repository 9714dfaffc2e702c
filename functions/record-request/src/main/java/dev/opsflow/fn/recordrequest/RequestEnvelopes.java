package dev.opsflow.fn.recordrequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.intake.store.StoredRequest;

/** The envelope of a stored request in the execution input's shape, every field present. */
final class RequestEnvelopes {
  private RequestEnvelopes() {}

  static ObjectNode of(StoredRequest stored) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("id", stored.id());
    envelope.put("channel", stored.channel());
    envelope.put("source_id", stored.sourceId());
    ObjectNode from = envelope.putObject("from");
    JsonNode sender = stored.sender() == null ? JsonNodeFactory.instance.objectNode() : stored.sender();
    for (String field : new String[] {"phone", "email", "name"}) {
      from.set(field, sender.hasNonNull(field) ? sender.get(field) : JsonNodeFactory.instance.nullNode());
    }
    envelope.put("subject", stored.subject());
    envelope.put("text", stored.rawText());
    envelope.put("received_at", stored.receivedAt().toString());
    envelope.set("attachments", stored.attachments() == null ? JsonNodeFactory.instance.arrayNode() : stored.attachments());
    return envelope;
  }
}
