package dev.opsflow.fn.applyreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.util.Map;

/** The staff answer to the review (or acknowledge) task, and the request's issue type. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplyReviewInput(StepRef step, String requestId, String issueType, Answer answer) {

  /**
   * What staff sent with SendTaskSuccess: who they are ({@code by}), the fields they filled in, optionally a
   * reason to close the request instead (spam, duplicate) and a note.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Answer(String by, Map<String, JsonNode> fields, String closeReason, String note) {
    public Answer {
      by = by == null || by.isBlank() ? "unknown" : by;
      fields = fields == null ? Map.of() : fields;
    }
  }
}
