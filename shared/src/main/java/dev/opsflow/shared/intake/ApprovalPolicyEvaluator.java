package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.ApprovalPolicy;
import dev.opsflow.shared.config.ApprovalPolicy.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies {@code approval-policy.json}: every enabled rule whose condition holds is a reason to have a person approve
 * the confirmation. A match-confidence rule applies only to a matched customer (a new customer has no match to
 * doubt; the new-customer rule covers that case). Pure.
 */
public final class ApprovalPolicyEvaluator {
  private final ApprovalPolicy policy;

  public ApprovalPolicyEvaluator(ApprovalPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public ApprovalDecision evaluate(ApprovalInput input) {
    List<ApprovalDecision.Reason> reasons = new ArrayList<>();
    for (ApprovalPolicy.Rule rule : policy.rules()) {
      if (rule.enabled() && holds(rule.when(), input)) {
        reasons.add(new ApprovalDecision.Reason(rule.id(), rule.reason()));
      }
    }
    return new ApprovalDecision(!reasons.isEmpty(), reasons, policy.version());
  }

  private static boolean holds(Condition condition, ApprovalInput in) {
    return switch (condition) {
      case ApprovalPolicy.UrgencyIn c -> c.urgencies().contains(in.urgency());
      case ApprovalPolicy.CompletenessBelow c -> in.completeness() < c.threshold();
      case ApprovalPolicy.RequiredMissing c -> in.requiredMissing();
      case ApprovalPolicy.DraftFlagged c -> in.draftFlags().contains(c.flag());
      case ApprovalPolicy.NewCustomer c -> in.newCustomer();
      case ApprovalPolicy.MatchConfidenceBelow c ->
          !in.newCustomer() && in.matchConfidence().isPresent() && in.matchConfidence().getAsDouble() < c.threshold();
    };
  }
}
