package dev.opsflow.fn.alertoperators;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.operations.FailureReport;
import dev.opsflow.shared.workflow.StepRef;

/**
 * What a workflow's failure Catch sends: the state that failed, its error and cause, and what the execution was
 * about: {@code request_id} (intake; null when the request was never stored) or {@code subject}
 * ({@code contract:ctr_1}, onboarding).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AlertOperatorsInput(
    StepRef step, String requestId, String subject, String failedState, String error, String cause) {

  FailureReport failure() {
    return new FailureReport(failedState, error, cause, subject, requestId);
  }
}
