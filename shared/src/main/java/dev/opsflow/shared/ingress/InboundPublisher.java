package dev.opsflow.shared.ingress;

import java.util.List;

/**
 * Where processed inbound messages go: the event bus (EventBridge in AWS, the node's bus locally, both through
 * {@link EventBridgePublisher}). Publishes up to 10 events at once (PutEvents' limit) and answers one result per
 * event, in order; it never throws for a failure the bus reports, so each message's outcome is recorded.
 */
public interface InboundPublisher {
  int MAX_BATCH = 10;

  List<PublishResult> publish(List<Publication> publications);
}
