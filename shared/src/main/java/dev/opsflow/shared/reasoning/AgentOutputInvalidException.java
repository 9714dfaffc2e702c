package dev.opsflow.shared.reasoning;

import java.util.List;
import java.util.Optional;

/**
 * The agent's output did not match its output schema (or no structured output came back). Not retryable by
 * default: the same input and model tend to fail the same way, so the workflow routes it to human review.
 * ASL names it as {@code dev.opsflow.shared.reasoning.AgentOutputInvalidException}. The call record, when the
 * model did answer, is kept: the call cost tokens and its raw output explains the failure.
 */
public class AgentOutputInvalidException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;
  private final transient AgentCall call;

  public AgentOutputInvalidException(String agentId, List<String> problems, AgentCall call) {
    super("Agent " + agentId + " returned invalid output: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
    this.call = call;
  }

  /** Each schema violation, as "path: problem". */
  public List<String> problems() {
    return problems;
  }

  /** The call that produced the output, when there was one. */
  public Optional<AgentCall> call() {
    return Optional.ofNullable(call);
  }
}
