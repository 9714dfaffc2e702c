package dev.opsflow.shared.outbox;

import java.util.UUID;

/**
 * What a publisher did with one event: published ({@code error} null), failed for now (retried with backoff), or
 * rejected for good ({@code permanent}: the destination will never take it; it is marked stuck at once for an
 * operator to look at).
 */
public record PublishOutcome(UUID id, String error, boolean permanent) {
  public static PublishOutcome published(UUID id) {
    return new PublishOutcome(id, null, false);
  }

  public static PublishOutcome failed(UUID id, String error) {
    return new PublishOutcome(id, error, false);
  }

  public static PublishOutcome rejected(UUID id, String error) {
    return new PublishOutcome(id, error, true);
  }

  public boolean isPublished() {
    return error == null;
  }
}
