package dev.opsflow.shared.reasoning;

/**
 * The AI reasoning port: classifies an inbound message and extracts the request's fields, and drafts the
 * confirmation sent back to the customer.
 *
 * <p>Implementations return structured output only; deterministic code downstream scores, routes and decides
 * (the AI never decides the workflow). Every call carries an {@link AgentCall} so the caller can store which
 * agent version and model produced it. Callers that act on the output wrap a reasoner in
 * {@link dev.opsflow.shared.reasoning.guard.GuardedReasoner} so ungrounded values and risky drafts are caught
 * whichever implementation ran.
 *
 * <p>Transient failures are reported as {@link ReasonerThrottledException} or
 * {@link ReasonerUnavailableException} (retryable by ASL Retry); output that breaks the agent's schema as
 * {@link AgentOutputInvalidException}.
 */
public interface Reasoner {

  /** Decides whether the text is a service request, its issue type and urgency, and extracts its fields. */
  ReasoningResult classifyAndExtract(InboundText input);

  /** Drafts the confirmation for a structured request; the draft never promises a time or names a price. */
  Draft draftConfirmation(ConfirmationRequest request);
}
