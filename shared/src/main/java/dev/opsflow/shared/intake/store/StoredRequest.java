package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code requests}: the envelope as received, what the workflow decided so far (status, triage,
 * completeness, the matched customer) and the structured record at its latest {@code revision}.
 */
public record StoredRequest(
    String id,
    String executionName,
    String channel,
    String sourceId,
    RequestStatus status,
    String issueType,
    String urgency,
    BigDecimal completeness,
    String customerId,
    BigDecimal matchConfidence,
    String matchMethod,
    String team,
    ObjectNode record,
    int revision,
    JsonNode sender,
    String subject,
    String rawText,
    JsonNode attachments,
    Instant receivedAt,
    Instant updatedAt) {}
