package dev.opsflow.shared.ingress;

/** What publishing one event gave: the bus's event id, or a failure that a later attempt may or may not fix. */
public sealed interface PublishResult {
  record Published(String eventId) implements PublishResult {}

  record Failed(String code, String message, boolean retryable) implements PublishResult {}
}
