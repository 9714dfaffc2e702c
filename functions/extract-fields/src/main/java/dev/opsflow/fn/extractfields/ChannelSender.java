package dev.opsflow.fn.extractfields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The channel's own knowledge of the sender fills what the message does not say: an SMS or voicemail comes from a
 * caller id, an email from an address (and a display name). These are facts of the envelope, not guesses, so
 * they complete the record where the agent found nothing; a value the message states always wins.
 */
final class ChannelSender {
  private ChannelSender() {}

  /** Adds the sender's phone, email and name to {@code values} where absent; returns the fields it filled. */
  static List<String> fill(Map<String, String> values, ExtractFieldsInput.Sender from) {
    List<String> filled = new ArrayList<>();
    if (from == null) {
      return filled;
    }
    fill(values, "phone", from.phone(), filled);
    fill(values, "email", from.email(), filled);
    fill(values, "customer_name", from.name(), filled);
    return filled;
  }

  private static void fill(Map<String, String> values, String field, String value, List<String> filled) {
    String current = values.get(field);
    if ((current == null || current.isBlank()) && value != null && !value.isBlank()) {
      values.put(field, value);
      filled.add(field);
    }
  }
}
