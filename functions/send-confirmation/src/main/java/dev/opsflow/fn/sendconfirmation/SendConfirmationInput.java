package dev.opsflow.fn.sendconfirmation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/**
 * The request's channel and record (the customer's phone and email), the draft, and the approver's answer when
 * the policy asked for one ({@code approval}: null otherwise; its subject or body replace the draft's when given).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendConfirmationInput(StepRef step, String requestId, String channel, JsonNode fields, Text draft, Approval approval) {

  /** A subject and body. */
  public record Text(String subject, String body) {}

  /** What the approver sent with SendTaskSuccess. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Approval(boolean approved, String by, String subject, String body) {}

  String subject() {
    return approval != null && approval.subject() != null ? approval.subject() : draft.subject();
  }

  String body() {
    return approval != null && approval.body() != null ? approval.body() : draft.body();
  }
}
