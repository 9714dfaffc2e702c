package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The content of one ledger entry, as it is hashed and stored: what was called, for which correlation (execution
 * or request id), with which (already redacted) headers and body, and, for a response, the request entry it
 * answers, its status (null when no response came: the body then says why) and duration.
 * {@code at} is kept to the microsecond, PostgreSQL's precision, so the hash computed before the insert is the
 * hash of what the table holds.
 */
public record LedgerRecord(
    UUID entryId,
    String correlation,
    String integration,
    LedgerKind kind,
    UUID requestEntryId,
    String method,
    String url,
    ObjectNode headers,
    JsonNode body,
    Integer status,
    Long durationMs,
    Instant at) {
  public LedgerRecord {
    Objects.requireNonNull(entryId, "entryId");
    requireText(correlation, "correlation");
    requireText(integration, "integration");
    Objects.requireNonNull(kind, "kind");
    if ((kind == LedgerKind.RESPONSE) != (requestEntryId != null)) {
      throw new IllegalArgumentException("a response entry, and only a response entry, names the request entry it answers");
    }
    requireText(method, "method");
    requireText(url, "url");
    Objects.requireNonNull(headers, "headers");
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    if (body != null && body.isNull()) {
      body = null;
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("ledger entry needs a " + name);
    }
  }
}
