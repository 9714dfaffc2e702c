package dev.opsflow.shared.ingress;

/**
 * A refusal (400) of a message that came from an authenticated sender: the sender gets the reason, and the
 * message is recorded as failed with it, so an operator sees it instead of it being lost (DESIGN.md: bad input is
 * never lost silently).
 */
public final class KeptRejection extends IngressException {
  private static final long serialVersionUID = 1L;
  private final transient InboundMessage kept;

  public KeptRejection(String message, InboundMessage kept) {
    super(400, "malformed_request", message);
    this.kept = kept;
  }

  public InboundMessage kept() {
    return kept;
  }
}
