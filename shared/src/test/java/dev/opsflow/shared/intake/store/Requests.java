package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Instant;

/** Test requests in the envelope shape ingress hands over. */
final class Requests {
  private Requests() {}

  static NewRequest sms(String sourceId, String phone, String text, Instant receivedAt) {
    ObjectNode envelope = (ObjectNode) Json.parse("""
        {"id":"req-%s","channel":"sms","source_id":"%s","from":{"phone":"%s","email":null,"name":null},
         "subject":null,"text":"%s","received_at":"%s","attachments":[]}"""
        .formatted(sourceId, sourceId, phone, text, receivedAt));
    return NewRequest.fromEnvelope(envelope, "sms-" + sourceId);
  }

  static ObjectNode record(String json) {
    return (ObjectNode) Json.parse(json);
  }
}
