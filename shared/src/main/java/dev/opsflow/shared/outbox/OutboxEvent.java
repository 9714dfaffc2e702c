package dev.opsflow.shared.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to emit, as a writer appends it to the {@link Outbox}. {@code destination} picks the relay's publisher:
 * {@value #EVENT_BUS} (the configured EventBridge bus), {@code eventbridge:<bus>}, or {@value #NOTIFY} (staff
 * channels, see {@link NotificationPublisher}). {@code source} and {@code eventType} become EventBridge's Source
 * and DetailType. {@code key}, when set, makes the append idempotent: a retried step that appends the same keyed
 * event again adds nothing (its id derives from the key).
 */
public record OutboxEvent(String destination, String source, String eventType, ObjectNode payload, String key) {
  public static final String EVENT_BUS = "eventbridge";
  public static final String NOTIFY = "notify";

  public OutboxEvent {
    requireText(destination, "destination");
    requireText(source, "source");
    requireText(eventType, "eventType");
    Objects.requireNonNull(payload, "payload");
    if (key != null && key.isBlank()) {
      throw new IllegalArgumentException("key is blank");
    }
  }

  /** An event for the configured EventBridge bus. */
  public static OutboxEvent toBus(String source, String eventType, ObjectNode payload) {
    return new OutboxEvent(EVENT_BUS, source, eventType, payload, null);
  }

  /** A message for staff through the channels {@code notifications.json} gives its {@code event} (see {@link NotificationPublisher}). */
  public static OutboxEvent toStaff(String source, ObjectNode message) {
    return new OutboxEvent(NOTIFY, source, "NotificationRequested", message, null);
  }

  /** The same event with an idempotency key (execution id and state name, an incident key...). */
  public OutboxEvent withKey(String idempotencyKey) {
    return new OutboxEvent(destination, source, eventType, payload, idempotencyKey);
  }

  /** The id the event gets: derived from its key (the same at every call), else a new random one at each call. */
  public UUID id() {
    return key == null ? UUID.randomUUID() : UUID.nameUUIDFromBytes(("outbox|" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
