package dev.opsflow.fn.alertoperators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.opsflow.shared.onboarding.OnboardingStep;
import dev.opsflow.shared.operations.FailureReport;
import java.util.Objects;

/**
 * The event a workflow's failure Catch sends: {@code {"step": {...}, "failed_state": ..., "error": ..., "cause": ...,
 * "subject": "contract:ctr_1"}} (the intake workflow sends {@code request_id} instead of {@code subject}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertOperatorsInput(OnboardingStep step, @JsonUnwrapped FailureReport failure) {
  public AlertOperatorsInput {
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(failure, "the failure (failed_state, error, cause) is required");
  }
}
