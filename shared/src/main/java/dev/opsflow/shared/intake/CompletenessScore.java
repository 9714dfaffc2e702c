package dev.opsflow.shared.intake;

import java.util.List;

/**
 * How much of what we need a request has: {@code score} is the weight of the fields present over the weight of all
 * fields asked (0..1, four decimals); {@code complete} holds when no required field is missing. Missing fields are
 * listed by name in question-flow order, so the review screen and follow-up questions can use them.
 */
public record CompletenessScore(
    double score, boolean complete, List<String> missingRequired, List<String> missingOptional) {
  public CompletenessScore {
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    missingRequired = List.copyOf(missingRequired);
    missingOptional = List.copyOf(missingOptional);
    if (complete != missingRequired.isEmpty()) {
      throw new IllegalArgumentException("complete must hold exactly when no required field is missing");
    }
  }
}
