package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.idempotency.IdempotencyKeys;
import java.time.Instant;
import java.util.Objects;

/**
 * Which execution and state a step runs for, as every Task passes it in its payload ({@code "step":
 * {"execution_id": $states.context.Execution.Id, "state_name": $states.context.State.Name, "entered_at": ...}}).
 *
 * <p>Task invocation is at-least-once (a retry, a redelivery, a crash-restart runs a step again), so every side
 * effect a step has is keyed by {@link #idempotencyKey()}: the same execution and state always produce the same
 * key and the second write finds the first. {@code enteredAt} is the engine's clock, not the host's: steps that
 * compute instants (escalation due times) start from it, so a virtual clock in tests stays consistent.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StepRef(String executionId, String stateName, Instant enteredAt) {
  public StepRef {
    Objects.requireNonNull(executionId, "step.execution_id");
    Objects.requireNonNull(stateName, "step.state_name");
  }

  /** The key of this step's side effect: {@code <execution id>#<state name>}. */
  public String idempotencyKey() {
    return IdempotencyKeys.forStep(executionId, stateName);
  }

  /** The key of one of several side effects of this step (a state entered in a loop, one per recipient). */
  public String idempotencyKey(String qualifier) {
    return IdempotencyKeys.forStep(executionId, stateName, qualifier);
  }

  /**
   * This step narrowed to one pass of a state entered several times in one execution (an escalation rung): every
   * key derived from the result carries {@code discriminator}.
   */
  public StepRef within(String discriminator) {
    return new StepRef(executionId, stateName + "#" + discriminator, enteredAt);
  }

  /** The execution's name: the last part of its ARN (the ingress derives it from the channel's message id). */
  public String executionName() {
    return executionId.substring(executionId.lastIndexOf(':') + 1);
  }
}
