package dev.opsflow.fn.receiveinbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.ingress.FunctionUrlServer;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.InboundFilter;
import dev.opsflow.shared.ingress.InboundRecord;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressService;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.QueueNotifier;
import dev.opsflow.shared.ingress.webhook.WebhookSources;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.FileObjectStore;
import dev.opsflow.shared.secrets.FileSecrets;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every channel's HTTP entry, over real HTTP: the handler behind the node's Function URL server, recording into a
 * real PostgreSQL, with secrets from a secrets file and oversize payloads in a file object store.
 */
class ReceiveInboundHttpTest {
  private static final String CRM_SECRET = "whsec_crm_8f2b";
  private static final String PARTNER_SECRET = "whsec_partner_11aa";
  private static final String ESIGN_SECRET = "whsec_esign_5c3d";
  private static final String TWILIO_TOKEN = "twilio-auth-token-123";
  @TempDir static Path dir;
  private static FunctionUrlServer server;
  private static IngressHttp http;
  private static FileObjectStore objects;
  private static final AtomicInteger accepted = new AtomicInteger();
  private final InboundStore store = new InboundStore(TestPostgres.dataSource(), Clock.systemUTC());

  @BeforeAll
  static void start() throws IOException {
    Path secrets = dir.resolve("secrets.json");
    Files.writeString(secrets, """
        {"twilio": {"auth_token": "%s"},
         "webhook-crm": {"signing_secret": "%s"},
         "webhook-partner": {"signing_secret": "%s"},
         "webhook-esign": {"signing_secret": "%s"}}""".formatted(TWILIO_TOKEN, CRM_SECRET, PARTNER_SECRET, ESIGN_SECRET));
    objects = new FileObjectStore(dir.resolve("objects"));
    IngressSettings settings = IngressSettings.defaults().withWebhookSources(WebhookSources.parse("crm=events,partner=intake,esign=contract")).withInlineLimit(4096);
    IngressService service = new IngressService(
        new InboundStore(TestPostgres.dataSource(), Clock.systemUTC()), new FileSecrets(secrets), objects, QueueNotifier.NONE, settings,
        PhoneNumbers.us(), Clock.systemUTC());
    server = new FunctionUrlServer(
        "arn:aws:lambda:us-east-1:111111111111:function:opsflow-receive-inbound", JavaHandlerFunction.of(new ReceiveInboundHandler(service)),
        EngineClock.system(), "111111111111", accepted::incrementAndGet).start("127.0.0.1", 0);
    http = new IngressHttp(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void empty() {
    TestPostgres.truncate("inbound_messages");
  }

  @Test
  void signedWebhook_isAccepted_recordedOnce_andARetryIsADuplicate() throws Exception {
    // GIVEN a CRM webhook signed now
    String body = "{\"type\":\"contact.updated\",\"contact\":{\"id\":\"c-42\",\"phone\":\"+15551230000\"},\"seq\":7}";
    // WHEN it is delivered, then delivered again (the CRM did not see our answer)
    HttpResponse<String> first = http.webhook("crm", CRM_SECRET, Instant.now(), "evt_1001", "contact-c-42", body);
    HttpResponse<String> retry = http.webhook("crm", CRM_SECRET, Instant.now(), "evt_1001", "contact-c-42", body);
    // THEN both are 202 with the same record and execution name, the second a duplicate, and one row exists
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(retry.statusCode()).isEqualTo(202);
    JsonNode a = Json.parse(first.body());
    JsonNode b = Json.parse(retry.body());
    assertThat(a.path("execution_name").asText()).startsWith("webhook-crm_evt_1001-");
    assertThat(b.path("id")).isEqualTo(a.path("id"));
    assertThat(a.path("duplicate").asBoolean()).isFalse();
    assertThat(b.path("duplicate").asBoolean()).isTrue();
    InboundRecord row = only();
    assertThat(row.channel()).isEqualTo(Channel.WEBHOOK);
    assertThat(row.entityKey()).isEqualTo("crm:contact-c-42");
    assertThat(Json.parse(row.body())).isEqualTo(Json.parse(body));
    assertThat(row.headers()).containsEntry("x-opsflow-event-id", "evt_1001");
  }

  @Test
  void badSignatures_are401_andRecordNothing() throws Exception {
    String body = "{\"seq\":1}";
    // GIVEN a stale timestamp, the wrong secret, no signature headers
    HttpResponse<String> stale = http.webhook("crm", CRM_SECRET, Instant.now().minus(Duration.ofMinutes(6)), "evt_1", null, body);
    HttpResponse<String> wrongSecret = http.webhook("crm", PARTNER_SECRET, Instant.now(), "evt_1", null, body);
    HttpResponse<String> unsigned = http.post("/webhooks/crm", "application/json", body, Map.of("X-Opsflow-Event-Id", "evt_1"));
    // THEN each is a 401 with a JSON reason, and nothing was recorded
    assertThat(List.of(stale, wrongSecret, unsigned)).allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(Json.parse(r.body()).path("error").asText()).isEqualTo("invalid_signature");
    });
    assertThat(Json.parse(stale.body()).path("message").asText()).contains("replay window");
    assertThat(Json.parse(unsigned.body()).path("message").asText()).contains("Missing X-Opsflow-Timestamp");
    assertThat(store.list(InboundFilter.newest(10))).isEmpty();
  }

  @Test
  void signedButMalformed_is400WithTheReason_andKeptAsFailed() throws Exception {
    // GIVEN a correctly signed body that is not JSON, and one without an event id
    HttpResponse<String> notJson = http.webhook("crm", CRM_SECRET, Instant.now(), "evt_bad", null, "{\"seq\": 1,");
    HttpResponse<String> noId = http.webhook("crm", CRM_SECRET, Instant.now(), null, null, "{\"seq\": 2}");
    // THEN 400s saying why, and both are recorded as failed for an operator to see
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Json.parse(notJson.body()).path("message").asText()).startsWith("The body is not JSON");
    assertThat(noId.statusCode()).isEqualTo(400);
    assertThat(Json.parse(noId.body()).path("message").asText()).contains("X-Opsflow-Event-Id");
    List<InboundRecord> failed = store.list(new InboundFilter(InboundStatus.FAILED, null, 10, null));
    assertThat(failed).hasSize(2).allSatisfy(r -> assertThat(r.error()).isNotBlank());
    assertThat(failed).extracting(InboundRecord::body).contains("{\"seq\": 1,");
  }

  @Test
  void unknownSource_wrongMethod_unknownPath_health() throws Exception {
    assertThat(http.webhook("nobody", CRM_SECRET, Instant.now(), "e", null, "{}").statusCode()).isEqualTo(404);
    assertThat(http.get("/webhooks/crm").statusCode()).isEqualTo(405);
    assertThat(http.get("/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> health = http.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Json.parse(health.body()).path("status").asText()).isEqualTo("ok");
  }

  @Test
  void oversizePayload_isAccepted_andKeptInTheObjectStoreByReference() throws Exception {
    // GIVEN a signed CRM event of ~10 KB (over this test's 4 KB inline limit)
    String body = "{\"notes\":\"" + "x".repeat(10_000) + "\"}";
    // WHEN delivered
    HttpResponse<String> response = http.webhook("crm", CRM_SECRET, Instant.now(), "evt_big", "c-1", body);
    // THEN accepted; the row holds a reference, and the object store holds the exact payload
    assertThat(response.statusCode()).isEqualTo(202);
    InboundRecord row = only();
    assertThat(row.body()).isNull();
    assertThat(row.bodySize()).isEqualTo(body.length());
    assertThat(new String(objects.get(row.bodyRef()), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @Test
  void intakeSource_becomesAContractRequest() throws Exception {
    // GIVEN an answering service posting a service request
    String body = """
        {"customer_name": "Dana Reyes", "phone": "+15557654321", "address": "4 Oak Ave", "issue_type": "hvac",
         "description": "AC blowing warm air, house is 85F"}""";
    // WHEN delivered
    assertThat(http.webhook("partner", PARTNER_SECRET, Instant.now(), "call-778", null, body).statusCode()).isEqualTo(202);
    // THEN the recorded body is the intake request, with labelled text
    JsonNode request = Json.parse(only().body());
    assertThat(request.path("channel").asText()).isEqualTo("webhook");
    assertThat(request.path("source_id").asText()).isEqualTo("partner:call-778");
    assertThat(request.path("from").path("phone").asText()).isEqualTo("+15557654321");
    assertThat(request.path("text").asText()).contains("Name: Dana Reyes").contains("Issue type: hvac").endsWith("house is 85F");
    // AND one without any way to reach the customer is refused with the reason
    HttpResponse<String> unreachable = http.webhook("partner", PARTNER_SECRET, Instant.now(), "call-779", null, "{\"description\": \"leak\"}");
    assertThat(Json.parse(unreachable.body()).path("message").asText()).contains("phone or an email");
  }

  @Test
  void contractSource_signedContract_isRecordedNamedAfterTheContract_andARetryIsADuplicate() throws Exception {
    // GIVEN an e-signature service's contract.signed webhook
    String body = """
        {"type": "contract.signed", "contract": {"id": "ctr_1001", "plan": "premium", "signed_at": "2026-11-21T09:58:00Z",
         "client": {"company": "Acme Property Management", "contact_name": "Dana Reyes", "email": "dana@acme.example", "phone": "+15551234567"}}}""";
    // WHEN it is delivered, then delivered again
    HttpResponse<String> first = http.webhook("esign", ESIGN_SECRET, Instant.now(), "evt_sig_1", null, body);
    HttpResponse<String> retry = http.webhook("esign", ESIGN_SECRET, Instant.now(), "evt_sig_1", null, body);
    // THEN both are accepted, named after the contract (the onboarding's execution), the second a duplicate
    assertThat(List.of(first, retry)).extracting(HttpResponse::statusCode).containsOnly(202);
    assertThat(Json.parse(first.body()).path("execution_name").asText()).isEqualTo("contract-ctr_1001");
    assertThat(Json.parse(retry.body()).path("duplicate").asBoolean()).isTrue();
    InboundRecord row = only();
    assertThat(row.kind()).isEqualTo(dev.opsflow.shared.ingress.InboundKind.CONTRACT);
    assertThat(row.executionName()).isEqualTo("contract-ctr_1001");
    assertThat(Json.parse(row.body())).isEqualTo(Json.parse(body));
  }

  @Test
  void contractSource_otherEventOrIncompleteContract_is400WithTheReason_andKeptAsFailed() throws Exception {
    // GIVEN a contract event of another type, and a signed contract without the client's email
    HttpResponse<String> viewed = http.webhook("esign", ESIGN_SECRET, Instant.now(), "evt_view_1", null,
        "{\"type\": \"contract.viewed\", \"contract\": {\"id\": \"ctr_1\"}}");
    HttpResponse<String> noEmail = http.webhook("esign", ESIGN_SECRET, Instant.now(), "evt_sig_2", null,
        "{\"type\": \"contract.signed\", \"contract\": {\"id\": \"ctr_2\", \"plan\": \"basic\", \"client\": {\"company\": \"Acme\"}}}");
    // THEN 400s saying why, both kept as failed for an operator to see
    assertThat(viewed.statusCode()).isEqualTo(400);
    assertThat(Json.parse(viewed.body()).path("message").asText()).contains("contract.signed");
    assertThat(noEmail.statusCode()).isEqualTo(400);
    assertThat(Json.parse(noEmail.body()).path("message").asText()).contains("contract.client.email must be an email address");
    assertThat(store.list(new InboundFilter(InboundStatus.FAILED, null, 10, null))).hasSize(2);
  }

  @Test
  void twilioSms_validSignature_isRecorded_withEmptyTwiml_andRetriesAreDuplicates() throws Exception {
    // GIVEN Twilio's inbound SMS form post, signed with the account's auth token
    Map<String, String> sms = new LinkedHashMap<>();
    sms.put("ToCountry", "US");
    sms.put("SmsMessageSid", "SM7f0c2d5e9a8b4c3d2e1f0a9b8c7d6e5f");
    sms.put("NumMedia", "1");
    sms.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM7f/Media/ME1");
    sms.put("MediaContentType0", "image/jpeg");
    sms.put("SmsSid", "SM7f0c2d5e9a8b4c3d2e1f0a9b8c7d6e5f");
    sms.put("Body", "Hi, our water heater is leaking in the garage. Can someone come tomorrow morning?");
    sms.put("To", "+15559870000");
    sms.put("MessageSid", "SM7f0c2d5e9a8b4c3d2e1f0a9b8c7d6e5f");
    sms.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
    sms.put("From", "+15551234567");
    sms.put("ApiVersion", "2010-04-01");
    // WHEN posted twice
    HttpResponse<String> first = http.twilio("/twilio/sms", TWILIO_TOKEN, sms);
    HttpResponse<String> again = http.twilio("/twilio/sms", TWILIO_TOKEN, sms);
    // THEN Twilio gets an empty TwiML response both times, and there is one request
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("content-type")).hasValue("text/xml");
    assertThat(first.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");
    assertThat(again.body()).isEqualTo(first.body());
    InboundRecord row = only();
    assertThat(row.executionName()).isEqualTo("sms-SM7f0c2d5e9a8b4c3d2e1f0a9b8c7d6e5f");
    JsonNode request = Json.parse(row.body());
    assertThat(request.path("id").asText()).isEqualTo("req-sms-SM7f0c2d5e9a8b4c3d2e1f0a9b8c7d6e5f");
    assertThat(request.path("from").path("phone").asText()).isEqualTo("+15551234567");
    assertThat(request.path("text").asText()).startsWith("Hi, our water heater");
    assertThat(request.path("media_urls").get(0).asText()).endsWith("/Media/ME1");
  }

  @Test
  void twilioSms_badOrMissingSignature_is401() throws Exception {
    Map<String, String> sms = Map.of("MessageSid", "SM1", "From", "+15551234567", "Body", "hello");
    // GIVEN a post signed with another token, a post whose body was changed after signing, and an unsigned one
    HttpResponse<String> wrongToken = http.twilio("/twilio/sms", "not-the-token", sms);
    String signedFor = dev.opsflow.shared.ingress.twilio.TwilioSignature.compute(
        TWILIO_TOKEN, server.endpoint().resolve("/twilio/sms").toString(),
        dev.opsflow.shared.ingress.twilio.FormBody.parse(IngressHttp.form(sms)).pairs());
    HttpResponse<String> tampered = http.post("/twilio/sms", "application/x-www-form-urlencoded",
        IngressHttp.form(Map.of("MessageSid", "SM1", "From", "+15550000000", "Body", "hello")), Map.of("X-Twilio-Signature", signedFor));
    HttpResponse<String> unsigned = http.post("/twilio/sms", "application/x-www-form-urlencoded", IngressHttp.form(sms), Map.of());
    // THEN all are 401 and nothing is recorded
    assertThat(List.of(wrongToken, tampered, unsigned)).extracting(HttpResponse::statusCode).containsOnly(401);
    assertThat(store.list(InboundFilter.newest(10))).isEmpty();
  }

  @Test
  void twilioVoicemailTranscription_isRecordedAsAVoicemail() throws Exception {
    // GIVEN Twilio's transcription callback for a recorded voicemail
    Map<String, String> callback = new LinkedHashMap<>();
    callback.put("TranscriptionSid", "TR8c61027b709ffb038236612dc5af8723");
    callback.put("TranscriptionText", "Hi this is Bob Smith at 22 Pine Road, my basement is flooding, please call me back at 555 222 1111.");
    callback.put("TranscriptionStatus", "completed");
    callback.put("TranscriptionUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Transcriptions/TR8c");
    callback.put("RecordingSid", "RE2d3a44b2c1e9a8b7f6e5d4c3b2a1f0e9");
    callback.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE2d");
    callback.put("CallSid", "CA5f1e2d3c4b5a69788796a5b4c3d2e1f0");
    callback.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
    callback.put("From", "+15552221111");
    callback.put("To", "+15559870000");
    callback.put("CallStatus", "completed");
    callback.put("ApiVersion", "2010-04-01");
    // WHEN posted
    HttpResponse<String> response = http.twilio("/twilio/voice", TWILIO_TOKEN, callback);
    // THEN empty TwiML, and a voicemail request with the transcript and the recording
    assertThat(response.statusCode()).isEqualTo(200);
    InboundRecord row = only();
    assertThat(row.channel()).isEqualTo(Channel.VOICEMAIL);
    JsonNode request = Json.parse(row.body());
    assertThat(request.path("source_id").asText()).isEqualTo("TR8c61027b709ffb038236612dc5af8723");
    assertThat(request.path("text").asText()).contains("basement is flooding");
    assertThat(request.path("recording_url").asText()).endsWith("/Recordings/RE2d");
    assertThat(row.headers()).containsEntry("twilio-CallSid", "CA5f1e2d3c4b5a69788796a5b4c3d2e1f0");
  }

  @Test
  void webForm_isValidatedServerSide_andADoubleSubmitStartsNothingNew() throws Exception {
    // GIVEN the public form posted twice with the same submission id
    Map<String, String> form = new LinkedHashMap<>();
    form.put("submission_id", "f2b6c1d0-7e55-4e0a-9c7b-3c1d2e4f5a6b");
    form.put("customer_name", "Ana Silva");
    form.put("phone", "(555) 444-1212");
    form.put("email", "Ana.Silva@Example.com");
    form.put("address", "90 Birch Lane");
    form.put("issue_type", "electrical");
    form.put("urgency", "urgent");
    form.put("description", "Half the outlets in the kitchen stopped working after a breaker tripped.");
    HttpResponse<String> first = http.post("/forms/intake", "application/x-www-form-urlencoded", IngressHttp.form(form), Map.of());
    HttpResponse<String> second = http.post("/forms/intake", "application/x-www-form-urlencoded", IngressHttp.form(form), Map.of());
    // THEN both are accepted, the second as a duplicate of the first
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(Json.parse(second.body()).path("duplicate").asBoolean()).isTrue();
    JsonNode request = Json.parse(only().body());
    assertThat(request.path("from").path("phone").asText()).isEqualTo("+15554441212");
    assertThat(request.path("from").path("email").asText()).isEqualTo("ana.silva@example.com");
    assertThat(Json.parse(first.body()).path("execution_name").asText()).isEqualTo("web-f2b6c1d0-7e55-4e0a-9c7b-3c1d2e4f5a6b");
    // AND an invalid submission gets every problem at once, as JSON
    HttpResponse<String> bad = http.post("/forms/intake", "application/json",
        "{\"submission_id\": \"x\", \"issue_type\": \"roofing\", \"phone\": \"12\"}", Map.of());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Json.parse(bad.body()).path("message").asText())
        .contains("submission_id", "customer_name is required", "description is required", "issue_type must be one of", "phone is not");
  }

  private InboundRecord only() {
    List<InboundRecord> rows = store.list(InboundFilter.newest(10));
    assertThat(rows).hasSize(1);
    return rows.getFirst();
  }
}
