package dev.opsflow.fn.scorecompleteness;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.intake.CompletenessScore;
import java.util.List;

/**
 * The score (0..1), whether the request is complete (no required field missing), the required fields still
 * missing ({@code missing}, what the review task asks for) and the optional ones.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScoreCompletenessOutput(
    double score, boolean complete, List<String> missing, List<String> missingOptional, boolean requiredMissing) {

  static ScoreCompletenessOutput of(CompletenessScore score) {
    return new ScoreCompletenessOutput(
        score.score(), score.complete(), score.missingRequired(), score.missingOptional(), !score.complete());
  }
}
