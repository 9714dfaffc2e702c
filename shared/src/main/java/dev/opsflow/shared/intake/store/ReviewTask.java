package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** One row of {@code review_tasks}. {@code outcome} is what staff decided (the fields they filled in, approve/reject, a note). */
public record ReviewTask(
    String id,
    String requestId,
    ReviewTaskKind kind,
    String taskToken,
    ReviewTaskStatus status,
    String claimedBy,
    Instant claimedAt,
    List<String> missingFields,
    JsonNode draft,
    Instant createdAt,
    Instant completedAt,
    String completedBy,
    JsonNode outcome) {}
