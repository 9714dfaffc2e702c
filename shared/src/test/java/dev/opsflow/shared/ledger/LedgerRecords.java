package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.util.UUID;

/** Ledger records for tests. */
final class LedgerRecords {
  private LedgerRecords() {}

  static LedgerRecord request(String correlation, String body) {
    ObjectNode headers = JsonNodeFactory.instance.objectNode().put("content-type", "application/json");
    return new LedgerRecord(
        UUID.randomUUID(), correlation, "stripe", LedgerKind.REQUEST, null, "POST", "https://api.stripe.com/v1/customers", headers,
        Json.parse(body), null, null, Instant.parse("2026-11-21T10:00:00.123456789Z"));
  }
}
