package dev.opsflow.shared.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.webhook.SignedContracts;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.StoredObject;

/**
 * The event a recorded message becomes. An intake message's body is the intake workflow's {@code request}: detail
 * {@code {"execution_name", "request"}} (the rule {@code service-request-received} starts the workflow with {@code
 * {"request": ...}}). An events message's body is the source's JSON payload: detail {@code {"execution_name",
 * "webhook_source", "event_id", "entity_key", "received_at", "payload"}}, or {@code "payload_ref"} (an object-store
 * reference) instead of {@code "payload"} when it was over the inline limit. A contract message's body is the
 * webhook as sent: {@code ContractSigned} from {@code opsflow.contracts} with detail {@code {"execution_name":
 * "contract-<id>", "contract"}} (the rule {@code contract-signed} starts onboarding with {@code {"contract": ...}}).
 */
final class Publications {
  private Publications() {}

  /** The publication of {@code record}; throws {@link IllegalArgumentException} when its body is not usable. */
  static Publication of(InboundRecord record) {
    ObjectNode detail = Json.MAPPER.createObjectNode();
    detail.put("execution_name", record.executionName());
    return switch (record.kind()) {
      case INTAKE -> {
        if (record.body() == null) {
          throw new IllegalArgumentException("An intake request is published inline; this one is only in the object store (" + record.bodyRef() + ")");
        }
        detail.set("request", object(record.body(), "request"));
        yield new Publication(Publication.SERVICE_REQUEST_RECEIVED, Json.write(detail));
      }
      case EVENTS -> {
        detail.put("webhook_source", record.source());
        detail.put("event_id", record.sourceId().substring(record.sourceId().indexOf(':') + 1));
        detail.put("entity_key", record.entityKey());
        detail.put("received_at", record.receivedAt().toString());
        if (record.body() != null) {
          detail.set("payload", object(record.body(), "payload"));
        } else {
          detail.set("payload_ref", new StoredObject(record.bodyRef(), "application/json", record.bodySize()).toJson());
        }
        yield new Publication(Publication.WEBHOOK_RECEIVED, Json.write(detail));
      }
      case CONTRACT -> {
        if (record.body() == null) {
          throw new IllegalArgumentException("A signed contract is published inline; this one is only in the object store (" + record.bodyRef() + ")");
        }
        // Checked again, and named after the contract, not the row: a replayed row publishes only what a receiver would accept.
        ObjectNode contract = SignedContracts.contract(object(record.body(), "contract webhook"));
        detail.put("execution_name", SignedContracts.executionName(contract));
        detail.set("contract", contract);
        yield new Publication(Publication.CONTRACTS_SOURCE, Publication.CONTRACT_SIGNED, Json.write(detail));
      }
    };
  }

  private static JsonNode object(String text, String what) {
    JsonNode node = Json.parse(text);
    if (!node.isObject()) {
      throw new IllegalArgumentException("The " + what + " must be a JSON object");
    }
    return node;
  }
}
