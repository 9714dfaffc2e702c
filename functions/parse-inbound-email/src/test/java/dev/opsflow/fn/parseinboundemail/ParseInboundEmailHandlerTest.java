package dev.opsflow.fn.parseinboundemail;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.ingress.InboundFilter;
import dev.opsflow.shared.ingress.InboundRecord;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressService;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.QueueNotifier;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.S3ObjectStore;
import dev.opsflow.shared.secrets.SecretNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SES's path on S3's protocol: raw messages in an S3Mock bucket as the receipt rule writes them, the S3 or SES event
 * the function gets, attachments written to the object store bucket, requests recorded in PostgreSQL.
 */
class ParseInboundEmailHandlerTest {
  @RegisterExtension
  static final S3MockExtension S3 = S3MockExtension.builder().silent().withSecureConnection(false).withInitialBuckets("opsflow-mail", "opsflow-objects").build();

  private final S3Client s3 = S3Client.builder()
      .endpointOverride(URI.create(S3.getServiceEndpoint().replace("https:", "http:")))
      .forcePathStyle(true)
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
      .httpClient(UrlConnectionHttpClient.create())
      .build();
  private final S3ObjectStore objects = new S3ObjectStore(s3, "opsflow-objects", "");
  private final InboundStore store = new InboundStore(TestPostgres.dataSource(), Clock.systemUTC());
  private final ParseInboundEmailHandler handler = new ParseInboundEmailHandler(
      new IngressService(store, integration -> {
        throw new SecretNotFoundException("none");
      }, objects, QueueNotifier.NONE, IngressSettings.defaults(), PhoneNumbers.us(), Clock.systemUTC()),
      objects, bucket -> new S3ObjectStore(s3, bucket, ""), "opsflow-mail", "inbound/raw/");

  @BeforeEach
  void empty() {
    TestPostgres.truncate("inbound_messages");
  }

  @Test
  void s3Event_emailWithAttachments_isParsed_attachmentsStored_andRecordedOnce() throws IOException {
    // GIVEN SES stored a message with a PNG and a PDF at a key S3 reports URL-encoded
    put("opsflow-mail", "inbound/raw/0a1b2c3d4e5f+maria", "with-attachments.eml");
    Map<String, Object> event = event("s3-object-created.json");
    // WHEN the S3 event is delivered, and delivered again (S3 events are at least once)
    Map<String, Object> first = handler.handleRequest(event, null);
    Map<String, Object> again = handler.handleRequest(event, null);
    // THEN one email request, named by its Message-ID, the second delivery a duplicate
    assertThat(Json.MAPPER.valueToTree(first).path("recorded").get(0).path("duplicate").asBoolean()).isFalse();
    assertThat(Json.MAPPER.valueToTree(again).path("recorded").get(0).path("duplicate").asBoolean()).isTrue();
    List<InboundRecord> rows = store.list(InboundFilter.newest(10));
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.sourceId()).isEqualTo("CAF3x9Qm+7hT@mail.example.com"));
    JsonNode request = Json.parse(rows.getFirst().body());
    assertThat(request.path("channel").asText()).isEqualTo("email");
    assertThat(request.path("from").path("email").asText()).isEqualTo("maria.lopez@example.com");
    assertThat(request.path("subject").asText()).isEqualTo("Leak under the kitchen sink – photos attached");
    assertThat(request.path("text").asText()).contains("I'm at 12 Elm Street");
    // AND the attachments are in the object store bucket, referenced by key, type and size
    JsonNode attachments = request.path("attachments");
    assertThat(attachments).hasSize(2);
    JsonNode pdf = attachments.get(1);
    assertThat(pdf.path("key").asText()).endsWith("/2-quote_request.pdf");
    assertThat(pdf.path("content_type").asText()).isEqualTo("application/pdf");
    byte[] stored = objects.get(pdf.path("key").asText());
    assertThat(stored).hasSize(pdf.path("size").asInt());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
  }

  @Test
  void sesEvent_htmlOnlyEmail_becomesText() throws IOException {
    // GIVEN the receipt rule stored the message under its SES message id, and invoked us with the SES event
    put("opsflow-mail", "inbound/raw/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1", "html-only.eml");
    // WHEN handled
    handler.handleRequest(event("ses-receipt.json"), null);
    // THEN the HTML became readable text
    JsonNode request = Json.parse(store.list(InboundFilter.newest(10)).getFirst().body());
    assertThat(request.path("text").asText()).contains("Our furnace won't start").contains("- Model: Lennox SL280").doesNotContain("<p>");
    assertThat(request.path("from").path("name").asText()).isEqualTo("Tom Becker");
  }

  @Test
  void bytesThatAreNoMimeMessage_areStillRecorded_withTheRawLocation() throws IOException {
    // GIVEN something in the bucket that mime4j parses to no usable message
    put("opsflow-mail", "inbound/raw/0a1b2c3d4e5f+maria", "garbage.bin");
    // WHEN handled
    handler.handleRequest(event("s3-object-created.json"), null);
    // THEN a record exists for it: processed as an empty-text email, or failed with a reason, never lost
    InboundRecord row = store.list(InboundFilter.newest(10)).getFirst();
    assertThat(row.headers()).containsEntry("raw-location", "s3://opsflow-mail/inbound/raw/0a1b2c3d4e5f+maria");
    assertThat(row.status()).isIn(InboundStatus.PENDING, InboundStatus.FAILED);
  }

  private void put(String bucket, String key, String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/emails/" + fixture)) {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(in.readAllBytes()));
    }
  }

  private Map<String, Object> event(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/events/" + name)) {
      return Json.MAPPER.readValue(in, new TypeReference<>() {});
    }
  }
}
