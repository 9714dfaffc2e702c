package dev.opsflow.shared.ingress.email;

import java.time.Instant;
import java.util.List;

/**
 * An inbound email as ingress uses it: its Message-ID (without angle brackets; null when it has none), sender,
 * subject, date, the text (the text/plain part, else the HTML part converted to text) and its attachments' bytes.
 */
public record ParsedEmail(
    String messageId, String fromAddress, String fromName, String subject, Instant date, String text, List<Attachment> attachments) {
  public ParsedEmail {
    attachments = List.copyOf(attachments);
  }

  /** One attachment (or inline non-text part): its file name (may be null), media type and bytes. */
  public record Attachment(String fileName, String contentType, byte[] bytes) {}
}
