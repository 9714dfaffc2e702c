package dev.opsflow.shared.outbox;

import java.util.List;

/**
 * Delivers outbox events to one destination. It gets a batch of at most the relay's batch size and answers one
 * outcome per event (any order); an exception fails the whole batch for now (retried). Delivery is at least once:
 * a relay that dies after publishing and before recording it publishes again, so publishers pass the event id on
 * for the receiver to drop the repeat (EventBridge: {@code detail.event_id}; notifications: the idempotency key).
 */
public interface OutboxPublisher {
  List<PublishOutcome> publish(List<OutboxRecord> batch);
}
