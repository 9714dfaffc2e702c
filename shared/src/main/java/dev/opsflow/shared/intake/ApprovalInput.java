package dev.opsflow.shared.intake;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the approval policy looks at: the request's urgency, its completeness, the guard flags raised on the drafted
 * confirmation, and the customer match ({@code matchConfidence} 0..1, empty with {@code newCustomer} when no existing
 * customer matched).
 */
public record ApprovalInput(
    Urgency urgency,
    double completeness,
    boolean requiredMissing,
    Set<DraftFlag> draftFlags,
    OptionalDouble matchConfidence,
    boolean newCustomer) {
  public ApprovalInput {
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(matchConfidence, "matchConfidence");
    draftFlags = Set.copyOf(draftFlags);
  }

  /** From a completeness score; no match confidence means a new customer. */
  public static ApprovalInput of(
      Urgency urgency, CompletenessScore score, Set<DraftFlag> draftFlags, OptionalDouble matchConfidence) {
    return new ApprovalInput(
        urgency, score.score(), !score.complete(), draftFlags, matchConfidence, matchConfidence.isEmpty());
  }
}
