package dev.opsflow.fn.checkapprovalpolicy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.math.BigDecimal;
import java.util.List;

/** What the policy looks at: urgency, completeness, the customer match and the draft's guard flags. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CheckApprovalPolicyInput(
    StepRef step, String requestId, String urgency, Completeness completeness, Customer customer, Draft draft) {

  /** ScoreCompleteness's (or ApplyReview's) result. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Completeness(BigDecimal score, boolean complete) {}

  /** MatchCustomer's result: a new customer has no match confidence to doubt. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Customer(String customerId, BigDecimal confidence, boolean isNew) {}

  /** DraftConfirmation's result: the guard flags (wire names) raised on the draft. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Draft(List<String> flags) {
    public Draft {
      flags = flags == null ? List.of() : flags;
    }
  }
}
