package dev.opsflow.shared.outbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes outbox events with EventBridge {@code PutEvents}, to AWS or to the local bus (same API, endpoint
 * override). The event's detail is its payload with {@code event_id} (the outbox id) added: EventBridge gives
 * every put a new id, so consumers drop a republished event by {@code detail.event_id}. Source and DetailType are
 * the event's; the bus is the destination's suffix ({@code eventbridge:<bus>}) or the default bus given here.
 */
public final class EventBridgePublisher implements OutboxPublisher {
  /** PutEvents takes at most 10 entries. */
  private static final int MAX_ENTRIES = 10;

  private final EventBridgeClient client;
  private final String defaultBus;

  public EventBridgePublisher(EventBridgeClient client, String defaultBus) {
    this.client = client;
    this.defaultBus = defaultBus;
  }

  /** The detail EventBridge receives for {@code record}: {@code event_id} first, then the payload. */
  public static ObjectNode detail(OutboxRecord record) {
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("event_id", record.id().toString());
    record.payload().properties().forEach(field -> {
      if (!field.getKey().equals("event_id")) {
        detail.set(field.getKey(), field.getValue());
      }
    });
    return detail;
  }

  @Override
  public List<PublishOutcome> publish(List<OutboxRecord> batch) {
    List<PublishOutcome> outcomes = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += MAX_ENTRIES) {
      outcomes.addAll(put(batch.subList(from, Math.min(batch.size(), from + MAX_ENTRIES))));
    }
    return outcomes;
  }

  private List<PublishOutcome> put(List<OutboxRecord> chunk) {
    List<PutEventsRequestEntry> entries = chunk.stream().map(this::entry).toList();
    PutEventsResponse response;
    try {
      response = client.putEvents(PutEventsRequest.builder().entries(entries).build());
    } catch (SdkException e) {
      return chunk.stream().map(r -> PublishOutcome.failed(r.id(), "PutEvents failed: " + e.getMessage())).toList();
    }
    List<PutEventsResultEntry> results = response.entries();
    List<PublishOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
      OutboxRecord record = chunk.get(i);
      if (result == null) {
        outcomes.add(PublishOutcome.failed(record.id(), "PutEvents returned no result for this entry"));
      } else if (result.errorCode() != null) {
        outcomes.add(PublishOutcome.failed(record.id(), result.errorCode() + ": " + result.errorMessage()));
      } else {
        outcomes.add(PublishOutcome.published(record.id()));
      }
    }
    return outcomes;
  }

  private PutEventsRequestEntry entry(OutboxRecord record) {
    int colon = record.destination().indexOf(':');
    String bus = colon < 0 ? defaultBus : record.destination().substring(colon + 1);
    return PutEventsRequestEntry.builder()
        .eventBusName(bus)
        .source(record.source())
        .detailType(record.eventType())
        .detail(Json.write(detail(record)))
        .time(record.createdAt())
        .build();
  }
}
