package dev.opsflow.shared.reasoning;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opsflow.shared.intake.DraftFlag;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A drafted confirmation. {@link dev.opsflow.shared.reasoning.guard.DraftGuard} sets {@code needsHuman} when the
 * text promises a date or time or names a price, with the {@code flags} the approval policy reads and one
 * human-readable reason per finding; such a draft is sent only after a person approves it.
 */
public record Draft(
    @JsonProperty("subject") String subject,
    @JsonProperty("body") String body,
    @JsonProperty("needs_human") boolean needsHuman,
    @JsonProperty("flags") Set<DraftFlag> flags,
    @JsonProperty("reasons") List<String> reasons,
    @JsonProperty("agent_call") AgentCall call) {

  public Draft {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(call, "call");
    flags = Set.copyOf(flags);
    reasons = List.copyOf(reasons);
  }

  /** A draft fresh from a reasoner, not yet checked by a guard. */
  public static Draft unchecked(String subject, String body, AgentCall call) {
    return new Draft(subject, body, false, Set.of(), List.of(), call);
  }
}
