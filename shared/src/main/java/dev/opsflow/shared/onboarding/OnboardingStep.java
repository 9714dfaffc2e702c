package dev.opsflow.shared.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.idempotency.IdempotencyKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which execution and state a step runs for, as the state machine passes it ({@code "step": {"execution_id":
 * $states.context.Execution.Id, "state_name": $states.context.State.Name}}). The execution id is the ledger's
 * correlation; the pair is the idempotency key of the step's side effect, the same on every retry and when an
 * operator resumes the execution at that state. A state that may act again in the same execution (the alert,
 * once per failure) also passes {@code entered_at} ({@code State.EnteredTime}, which a Retry keeps), which then
 * joins the key.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnboardingStep(String executionId, String stateName, String enteredAt) {
  /** Longest key sent as is (Stripe accepts 255 characters); a longer one is sent as its SHA-256. */
  static final int MAX_KEY_LENGTH = 200;

  public OnboardingStep {
    if (executionId == null || executionId.isBlank() || stateName == null || stateName.isBlank()) {
      throw new IllegalArgumentException("step.execution_id and step.state_name are required");
    }
  }

  public OnboardingStep(String executionId, String stateName) {
    this(executionId, stateName, null);
  }

  /**
   * {@code <execution id>#<state name>} (plus {@code #<entered at>} when given), or its SHA-256 (hex) when longer
   * than {@value #MAX_KEY_LENGTH} characters.
   */
  public String idempotencyKey() {
    String key =
        enteredAt == null || enteredAt.isBlank()
            ? IdempotencyKeys.forStep(executionId, stateName)
            : IdempotencyKeys.forStep(executionId, stateName, enteredAt);
    if (key.length() <= MAX_KEY_LENGTH) {
      return key;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
