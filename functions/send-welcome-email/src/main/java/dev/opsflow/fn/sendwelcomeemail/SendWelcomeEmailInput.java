package dev.opsflow.fn.sendwelcomeemail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.onboarding.Contract;
import dev.opsflow.shared.onboarding.OnboardingStep;
import java.util.Objects;

/** The step, the contract, and what the email mentions: the Slack invitation's status and the Drive folder (premium). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendWelcomeEmailInput(OnboardingStep step, Contract contract, String slackStatus, String driveFolderUrl) {
  public SendWelcomeEmailInput {
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(contract, "contract is required");
  }
}
