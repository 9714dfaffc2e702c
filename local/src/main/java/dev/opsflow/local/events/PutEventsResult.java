package dev.opsflow.local.events;

import java.util.List;

/**
 * PutEvents' answer: one result per entry, in order, each an event id or an error code and message (EventBridge's
 * {@code InvalidArgument}, {@code MalformedDetail} ...), and how many entries failed.
 */
public record PutEventsResult(int failedEntryCount, List<Entry> entries) {
  public PutEventsResult {
    entries = List.copyOf(entries);
  }

  /** One entry's result: {@code eventId}, or {@code errorCode} and {@code errorMessage}. */
  public record Entry(String eventId, String errorCode, String errorMessage) {
    public boolean failed() {
      return errorCode != null;
    }
  }
}
