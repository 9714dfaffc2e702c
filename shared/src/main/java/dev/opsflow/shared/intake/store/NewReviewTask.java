package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A task the workflow opens while it waits on {@code taskToken} ({@code .waitForTaskToken}). {@code missingFields}
 * names the record fields staff are asked for (review); {@code draft} is what staff approve (approval).
 * {@code idempotencyKey} comes from the execution and state name.
 */
public record NewReviewTask(
    String requestId,
    ReviewTaskKind kind,
    String taskToken,
    List<String> missingFields,
    JsonNode draft,
    String idempotencyKey) {

  public NewReviewTask {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(taskToken, "taskToken");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
  }
}
