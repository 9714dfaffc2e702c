package dev.opsflow.fn.scorecompleteness;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.util.Map;

/** The request's issue type (null when unclassified) and its fields (the record: name to value). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScoreCompletenessInput(StepRef step, String requestId, String issueType, Map<String, Object> fields) {
  public ScoreCompletenessInput {
    fields = fields == null ? Map.of() : fields;
  }
}
