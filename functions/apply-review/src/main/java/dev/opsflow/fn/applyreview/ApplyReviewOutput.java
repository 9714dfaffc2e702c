package dev.opsflow.fn.applyreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.intake.CompletenessScore;
import dev.opsflow.shared.workflow.RecordFields;
import java.util.List;

/**
 * The record after the review ({@code fields}), its new completeness (the shape ScoreCompleteness returns), the
 * reason to close it (null to go on), who reviewed it and any value refused by the question flow.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplyReviewOutput(
    JsonNode fields, Completeness completeness, String closeReason, String reviewedBy, List<RecordFields.Refused> refused) {

  /** The score as ScoreCompleteness reports it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Completeness(double score, boolean complete, List<String> missing, List<String> missingOptional, boolean requiredMissing) {
    static Completeness of(CompletenessScore score) {
      return new Completeness(score.score(), score.complete(), score.missingRequired(), score.missingOptional(), !score.complete());
    }
  }
}
