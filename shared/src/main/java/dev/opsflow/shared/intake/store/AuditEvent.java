package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One line of the audit trail: who ({@code actor}) did what ({@code action}, e.g. {@code status.changed},
 * {@code review.completed}) to which request, when, with the particulars in {@code detail}.
 */
public record AuditEvent(long id, String requestId, Instant at, Actor actor, String action, JsonNode detail) {}
