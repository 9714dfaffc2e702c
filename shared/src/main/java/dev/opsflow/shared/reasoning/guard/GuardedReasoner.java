package dev.opsflow.shared.reasoning.guard;

import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasoningResult;

/**
 * Applies the guards in code to whatever reasoner it wraps: extraction results pass the
 * {@link GroundingGuard}, drafts the {@link DraftGuard}. Handlers use this, never a bare reasoner, so the
 * constraints hold for the local rules and for any model alike. The {@code AgentCall} keeps the raw output.
 */
public final class GuardedReasoner implements Reasoner {
  private final Reasoner delegate;
  private final GroundingGuard grounding;
  private final DraftGuard drafts;

  public GuardedReasoner(Reasoner delegate, GroundingGuard grounding, DraftGuard drafts) {
    this.delegate = delegate;
    this.grounding = grounding;
    this.drafts = drafts;
  }

  /** Wraps a reasoner with the default guards. */
  public static GuardedReasoner of(Reasoner delegate) {
    return new GuardedReasoner(delegate, new GroundingGuard(), new DraftGuard());
  }

  @Override
  public ReasoningResult classifyAndExtract(InboundText input) {
    return grounding.apply(delegate.classifyAndExtract(input), input.text());
  }

  @Override
  public Draft draftConfirmation(ConfirmationRequest request) {
    return drafts.check(delegate.draftConfirmation(request));
  }
}
