package dev.opsflow.shared.ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes to an EventBridge bus with PutEvents through the AWS SDK: the real EventBridge in AWS, the node's
 * EventBridge-compatible API locally (endpoint override), so both shapes run this same code. An entry that failed
 * with {@code InternalFailure} or {@code ThrottlingException}, or a request that failed as a whole (network,
 * 5xx after the SDK's retries), is retryable; any other entry error (a malformed detail) is not. Needs {@code
 * software.amazon.awssdk:eventbridge} (optional in shared).
 */
public final class EventBridgePublisher implements InboundPublisher {
  private static final Set<String> RETRYABLE = Set.of("InternalFailure", "ThrottlingException", "InternalException");

  private final EventBridgeClient events;
  private final String busName;

  public EventBridgePublisher(EventBridgeClient events, String busName) {
    this.events = events;
    this.busName = busName;
  }

  @Override
  public List<PublishResult> publish(List<Publication> publications) {
    if (publications.isEmpty() || publications.size() > MAX_BATCH) {
      throw new IllegalArgumentException("PutEvents takes 1 to " + MAX_BATCH + " entries, not " + publications.size());
    }
    List<PutEventsRequestEntry> entries = publications.stream()
        .map(p -> PutEventsRequestEntry.builder().eventBusName(busName).source(p.source()).detailType(p.detailType()).detail(p.detail()).build())
        .toList();
    PutEventsResponse response;
    try {
      response = events.putEvents(b -> b.entries(entries));
    } catch (SdkException e) {
      // The whole request failed (bus unreachable, throttled beyond the SDK's retries): every entry is tried again later.
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      return publications.stream().<PublishResult>map(p -> new PublishResult.Failed("PutEventsFailed", reason, true)).toList();
    }
    List<PublishResult> results = new ArrayList<>();
    for (PutEventsResultEntry entry : response.entries()) {
      if (entry.errorCode() == null) {
        results.add(new PublishResult.Published(entry.eventId()));
      } else {
        results.add(new PublishResult.Failed(entry.errorCode(), entry.errorMessage(), RETRYABLE.contains(entry.errorCode())));
      }
    }
    if (results.size() != publications.size()) {
      throw new IllegalStateException("PutEvents answered " + results.size() + " entries for " + publications.size());
    }
    return results;
  }
}
