package dev.opsflow.fn.openoperatortask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.onboarding.OnboardingStep;
import dev.opsflow.shared.operations.FailureReport;
import java.util.Objects;

/**
 * The event: the step, a title for the operations page (optional), the failure, the alert that announced it
 * ({@code alert_id}, optional) and, when the workflow waits for the operator ({@code .waitForTaskToken}), its
 * {@code task_token}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenOperatorTaskInput(
    OnboardingStep step, String title, Long alertId, String taskToken, @JsonUnwrapped FailureReport failure) {
  public OpenOperatorTaskInput {
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(failure, "the failure (failed_state, error, cause) is required");
  }
}
