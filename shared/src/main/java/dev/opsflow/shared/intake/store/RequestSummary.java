package dev.opsflow.shared.intake.store;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the dashboard's request list: the columns, not the record or the raw text. */
public record RequestSummary(
    String id,
    String channel,
    RequestStatus status,
    String issueType,
    String urgency,
    BigDecimal completeness,
    String customerId,
    String customerName,
    String phone,
    String email,
    BigDecimal matchConfidence,
    String team,
    Instant receivedAt,
    Instant updatedAt) {}
