package dev.opsflow.shared.intake;

import java.util.List;

/**
 * Whether a person must approve before the confirmation is sent, with every matching rule (id and reason) for the
 * review screen and the audit trail, and the policy version that decided.
 */
public record ApprovalDecision(boolean required, List<Reason> reasons, String policyVersion) {

  /** A matching rule. */
  public record Reason(String ruleId, String text) {}

  public ApprovalDecision {
    reasons = List.copyOf(reasons);
    if (required == reasons.isEmpty()) {
      throw new IllegalArgumentException("approval is required exactly when some rule matched");
    }
  }
}
