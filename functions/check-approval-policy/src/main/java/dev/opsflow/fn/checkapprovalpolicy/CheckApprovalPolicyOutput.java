package dev.opsflow.fn.checkapprovalpolicy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.intake.ApprovalDecision;
import java.util.List;

/** Whether approval is required, each matching rule with its reason, and the policy version that decided. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CheckApprovalPolicyOutput(boolean approvalRequired, List<Reason> reasons, String policyVersion) {

  /** One matching rule. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Reason(String ruleId, String text) {}

  static CheckApprovalPolicyOutput of(ApprovalDecision decision) {
    return new CheckApprovalPolicyOutput(
        decision.required(),
        decision.reasons().stream().map(r -> new Reason(r.ruleId(), r.text())).toList(),
        decision.policyVersion());
  }
}
