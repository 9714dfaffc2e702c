package dev.opsflow.shared.ingress.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses a raw RFC 5322 message (as SES stores it in S3) with Apache mime4j: walks the MIME tree, takes the first
 * text/plain part that is not an attachment as the text (else the first text/html, converted by {@link
 * HtmlText}), and every part with a file name or an attachment disposition, or of a non-text type, as an
 * attachment; a forwarded message/rfc822 part is kept as an attachment. Charsets and transfer encodings are
 * decoded by mime4j. Lenient about header lengths (real mail breaks the limits); a message that cannot be parsed
 * at all is an {@link IllegalArgumentException}.
 */
public final class InboundEmailParser {
  private final MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).build();

  public ParsedEmail parse(byte[] raw) {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(config);
    Message message;
    try {
      message = builder.parseMessage(new ByteArrayInputStream(raw));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a MIME message: " + e.getMessage(), e);
    }
    try {
      Parts parts = new Parts();
      walk(message, parts, true);
      String text = parts.plain != null ? parts.plain : parts.html != null ? HtmlText.toText(parts.html) : "";
      Mailbox from = firstMailbox(message.getFrom());
      String id = message.getMessageId();
      if (id != null) {
        id = id.strip().replaceAll("^<|>$", "");
      }
      return new ParsedEmail(
          id == null || id.isBlank() ? null : id, from == null ? null : from.getAddress(), from == null ? null : from.getName(),
          message.getSubject(), message.getDate() == null ? null : message.getDate().toInstant(), text.strip(), parts.attachments);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the message's parts: " + e.getMessage(), e);
    } finally {
      message.dispose();
    }
  }

  private static final class Parts {
    String plain;
    String html;
    final List<ParsedEmail.Attachment> attachments = new ArrayList<>();
  }

  private static void walk(Entity entity, Parts parts, boolean top) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        walk(part, parts, false);
      }
      return;
    }
    String type = entity.getMimeType();
    boolean attachment = entity.getFilename() != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
    if (!attachment && body instanceof TextBody textBody && (type.equals("text/plain") || type.equals("text/html"))) {
      String content = read(textBody);
      if (type.equals("text/plain") && parts.plain == null) {
        parts.plain = content;
        return;
      }
      if (type.equals("text/html") && parts.html == null) {
        parts.html = content;
        return;
      }
    }
    if (!top || attachment) {
      parts.attachments.add(new ParsedEmail.Attachment(entity.getFilename(), type, bytes(body)));
    }
  }

  private static String read(TextBody body) throws IOException {
    try (Reader reader = body.getReader()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    }
  }

  private static byte[] bytes(Body body) throws IOException {
    if (body instanceof SingleBody single) {
      try (InputStream in = single.getInputStream()) {
        return in.readAllBytes();
      }
    }
    if (body instanceof Message nested) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(nested, out);
      return out.toByteArray();
    }
    return body instanceof BinaryBody binary ? binary.getInputStream().readAllBytes() : new byte[0];
  }

  private static Mailbox firstMailbox(MailboxList list) {
    return list == null || list.isEmpty() ? null : list.get(0);
  }
}
