package dev.opsflow.shared.idempotency;

import java.util.Objects;

/**
 * Keys for side effects a retried step may repeat (DESIGN.md: "its key derives from the execution id and state
 * name"). A Lambda reads both from the context object the state machine passes ({@code $$.Execution.Id},
 * {@code $$.State.Name}); a retry of the same state entry yields the same key, so the write it repeats finds the
 * row the first attempt made. A state entered more than once in one execution (a loop, an escalation ladder)
 * adds a discriminator: the ladder step, or {@code $$.State.EnteredTime}, which a Retry does not change.
 */
public final class IdempotencyKeys {
  private IdempotencyKeys() {}

  /** {@code <executionId>#<stateName>}. */
  public static String forStep(String executionId, String stateName) {
    return requireText(executionId, "executionId") + "#" + requireText(stateName, "stateName");
  }

  /** {@code <executionId>#<stateName>#<discriminator>}: one key per recipient, ladder step or loop turn. */
  public static String forStep(String executionId, String stateName, String discriminator) {
    return forStep(executionId, stateName) + "#" + requireText(discriminator, "discriminator");
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
