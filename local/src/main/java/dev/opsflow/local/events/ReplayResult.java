package dev.opsflow.local.events;

import java.util.List;

/**
 * What replaying a dead letter did: {@code replayed} with the new deliveries' ids, or not (the letter was
 * replayed before, or its event still matches no rule) with the reason in {@code note}.
 */
public record ReplayResult(long deadLetterId, boolean replayed, List<Long> deliveryIds, String note) {
  public ReplayResult {
    deliveryIds = List.copyOf(deliveryIds);
  }
}
