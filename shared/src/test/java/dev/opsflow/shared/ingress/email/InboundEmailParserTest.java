package dev.opsflow.shared.ingress.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboundEmailParserTest {
  private final InboundEmailParser parser = new InboundEmailParser();

  @Test
  void multipartWithAttachments_prefersThePlainText_andKeepsEveryAttachment() throws IOException {
    // GIVEN a Gmail-style message: alternative text/plain + text/html, a PNG and a PDF attached
    ParsedEmail email = parser.parse(fixture("with-attachments.eml"));
    // THEN the header fields are decoded (RFC 2047 subject), the text is the plain part (quoted-printable, UTF-8)
    assertThat(email.messageId()).isEqualTo("CAF3x9Qm+7hT@mail.example.com");
    assertThat(email.fromAddress()).isEqualTo("maria.lopez@example.com");
    assertThat(email.fromName()).isEqualTo("Maria Lopez");
    assertThat(email.subject()).isEqualTo("Leak under the kitchen sink – photos attached");
    assertThat(email.date()).isEqualTo(Instant.parse("2026-11-21T09:57:55Z"));
    assertThat(email.text()).contains("The cabinet floor is soaked.").contains("María").doesNotContain("<div");
    // AND both attachments come out decoded, with names and types
    assertThat(email.attachments()).extracting(ParsedEmail.Attachment::fileName).containsExactly("sink.png", "quote request.pdf");
    assertThat(email.attachments()).extracting(ParsedEmail.Attachment::contentType).containsExactly("image/png", "application/pdf");
    assertThat(new String(email.attachments().get(1).bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
  }

  @Test
  void htmlOnly_becomesReadableText_withoutStylesScriptsOrTags() throws IOException {
    // GIVEN an HTML-only message in ISO-8859-1, quoted-printable, with entities, a list, a style and a script
    ParsedEmail email = parser.parse(fixture("html-only.eml"));
    // THEN the text keeps the words and line structure, decodes entities and the charset, drops markup
    assertThat(email.text())
        .contains("Our furnace won't start – the display shows E3.")
        .contains("- Model: Lennox SL280\n- Age: 9 years")
        .contains("It is 12°C inside. Café owner")
        .contains("Tom\n+1 (555) 301-7788")
        .doesNotContain("<", "color: red", "alert", "ignored");
    assertThat(email.attachments()).isEmpty();
  }

  @Test
  void messageWithoutMimeHeadersOrId_isPlainTextWithNoId() throws IOException {
    // GIVEN a bare RFC 822 message WHEN parsed THEN its body is the text and it has no Message-ID
    ParsedEmail email = parser.parse(fixture("no-message-id.eml"));
    assertThat(email.messageId()).isNull();
    assertThat(email.text()).isEqualTo("Just a plain message without MIME headers or a Message-ID.");
  }

  @Test
  void htmlText_handlesMalformedMarkup() {
    // GIVEN unclosed tags and a table WHEN converted THEN cells are spaced and nothing is lost
    assertThat(HtmlText.toText("<p>Leak<p>Call <b>me<table><tr><td>Mon</td><td>9am</td></tr></table>"))
        .isEqualTo("Leak\n\nCall me\n\nMon 9am");
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = InboundEmailParserTest.class.getResourceAsStream("/emails/" + name)) {
      return in.readAllBytes();
    }
  }
}
