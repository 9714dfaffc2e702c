package dev.opsflow.shared.ingress;

/**
 * Told when a new message was recorded, so processing starts soon: in AWS {@link SqsQueueNotifier} sends the row's
 * id to the SQS queue that triggers {@code process-inbound}; on one machine the node's workers poll the table and
 * {@link #NONE} is enough. A notifier must not throw: the message is already durable, and a lost notification only
 * delays it until the next sweep.
 */
@FunctionalInterface
public interface QueueNotifier {
  QueueNotifier NONE = (message, recorded) -> {};

  void recorded(InboundMessage message, Recorded recorded);
}
