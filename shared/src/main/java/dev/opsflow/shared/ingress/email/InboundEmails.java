package dev.opsflow.shared.ingress.email;

import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.IntakeRequests;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.ObjectKeys;
import dev.opsflow.shared.objectstore.ObjectStore;
import dev.opsflow.shared.objectstore.StoredObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a raw inbound email (SES stored it in S3: {@code rawKey} in {@code rawBucket}) into an intake message:
 * parsed ({@link InboundEmailParser}), attachments written to the object store under {@code
 * inbound/email/<execution name>/<n>-<file name>}, text cut to the request limit (the whole of it an attachment).
 * The message id is the Message-ID header, else {@code fallbackId} (SES's message id). Writing attachments again
 * for a redelivered email writes the same keys, so a retry is harmless.
 */
public final class InboundEmails {
  private final InboundEmailParser parser = new InboundEmailParser();
  private final ObjectStore objects;
  private final Clock clock;

  public InboundEmails(ObjectStore objects, Clock clock) {
    this.objects = objects;
    this.clock = clock;
  }

  /**
   * {@link #message}, or, when the raw bytes are not a MIME message, a failed message (id {@code fallbackId})
   * naming where the raw bytes are, so an operator sees it.
   */
  public InboundMessage messageOrFailure(byte[] raw, String fallbackId, String rawLocation) {
    try {
      return message(raw, fallbackId, rawLocation);
    } catch (IllegalArgumentException e) {
      return new InboundMessage(
          Channel.EMAIL, "ses", fallbackId, InboundKind.INTAKE, null, clock.instant(), Map.of("raw-location", rawLocation), null, null, raw.length,
          e.getMessage());
    }
  }

  public InboundMessage message(byte[] raw, String fallbackId, String rawLocation) {
    ParsedEmail email = parser.parse(raw);
    String sourceId = email.messageId() != null ? email.messageId() : fallbackId;
    String executionName = ExecutionNames.of(Channel.EMAIL, sourceId);
    String prefix = IntakeRequests.keyPrefix(Channel.EMAIL, executionName);
    List<StoredObject> attachments = new ArrayList<>();
    int n = 0;
    for (ParsedEmail.Attachment a : email.attachments()) {
      String name = a.fileName() == null ? "part" : a.fileName();
      attachments.add(objects.put(prefix + "/" + (++n) + "-" + ObjectKeys.safeSegment(name), a.bytes(), a.contentType()));
    }
    IntakeRequests.LimitedText text = IntakeRequests.limit(email.text(), attachments, objects, prefix);
    Instant now = clock.instant();
    String body = Json.write(IntakeRequests.request(
        executionName, Channel.EMAIL, sourceId, new IntakeRequests.From(null, email.fromAddress(), email.fromName()), email.subject(), text.text(),
        now, text.attachments()));
    return new InboundMessage(
        Channel.EMAIL, "ses", sourceId, InboundKind.INTAKE, null, now, Map.of("raw-location", rawLocation), body, null, body.length(), null);
  }
}
