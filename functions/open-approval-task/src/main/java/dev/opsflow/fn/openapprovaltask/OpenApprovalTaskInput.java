package dev.opsflow.fn.openapprovaltask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.util.List;

/** The token the workflow waits on, the draft to approve, and the policy's reasons for asking. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenApprovalTaskInput(StepRef step, String taskToken, String requestId, JsonNode draft, List<Reason> reasons) {

  public OpenApprovalTaskInput {
    reasons = reasons == null ? List.of() : reasons;
  }

  /** One matching rule of the approval policy. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Reason(String ruleId, String text) {}

  List<String> ruleIds() {
    return reasons.stream().map(Reason::ruleId).toList();
  }
}
