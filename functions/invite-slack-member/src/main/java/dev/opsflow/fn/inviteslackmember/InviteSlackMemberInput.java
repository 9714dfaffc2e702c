package dev.opsflow.fn.inviteslackmember;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.opsflow.shared.onboarding.Contract;
import dev.opsflow.shared.onboarding.OnboardingStep;
import java.util.Objects;

/** The step's event: which execution and state it runs for, and the signed contract. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InviteSlackMemberInput(OnboardingStep step, Contract contract) {
  public InviteSlackMemberInput {
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(contract, "contract is required");
  }
}
