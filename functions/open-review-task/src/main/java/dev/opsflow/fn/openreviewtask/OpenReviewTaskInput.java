package dev.opsflow.fn.openreviewtask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.util.List;

/**
 * The task to open: the token the workflow waits on, {@code review} (fill in the {@code missing} fields) or
 * {@code acknowledge} (an urgent request someone must take), and the request as it stands.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenReviewTaskInput(
    StepRef step, String taskToken, String requestId, String kind, String issueType, String urgency, String team,
    JsonNode fields, List<String> missing) {

  public OpenReviewTaskInput {
    missing = missing == null ? List.of() : missing;
  }
}
