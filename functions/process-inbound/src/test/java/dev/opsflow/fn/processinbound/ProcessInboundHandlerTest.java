package dev.opsflow.fn.processinbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.EventBridgePublisher;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.Recorded;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The AWS shape of processing: SQS FIFO batches and the sweep, publishing with the real SDK to a WireMock EventBridge. */
class ProcessInboundHandlerTest {
  private final WireMockServer eventBridge = new WireMockServer(wireMockConfig().dynamicPort());
  private final InboundStore store = new InboundStore(TestPostgres.dataSource(), Clock.systemUTC());
  private ProcessInboundHandler handler;

  @BeforeEach
  void start() {
    TestPostgres.truncate("inbound_messages");
    AppDatabase.install(TestPostgres.dataSource());
    eventBridge.start();
    eventBridge.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
        .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"11710aed-b79e-4468-a20b-bb3c0c3b4860\"}]}")));
    EventBridgeClient client = EventBridgeClient.builder()
        .endpointOverride(URI.create(eventBridge.baseUrl()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    handler = new ProcessInboundHandler(new EventBridgePublisher(client, "opsflow"), IngressSettings.defaults());
  }

  @AfterEach
  void stop() {
    eventBridge.stop();
  }

  @Test
  void fifoBatch_outOfOrder_processesTheOlder_andReturnsTheRestForRedelivery() throws IOException {
    // GIVEN two events of one entity, and an SQS batch that names the newer first
    Recorded first = store.record(event(1));
    Recorded second = store.record(event(2));
    Map<String, Object> batch = sqs(second.id(), first.id());
    // WHEN handled
    Map<String, Object> answer = handler.handleRequest(batch, null);
    // THEN the newer one is handed back (and so is everything after it in the batch), nothing published yet
    assertThat(Json.MAPPER.valueToTree(answer).path("batchItemFailures")).hasSize(2);
    eventBridge.verify(0, postRequestedFor(urlEqualTo("/")));
    assertThat(store.find(first.id()).orElseThrow().status()).isEqualTo(InboundStatus.PENDING);
    // WHEN the batch comes back in the right order (SQS FIFO redelivers the group in order)
    Map<String, Object> ordered = sqs(first.id(), second.id());
    // THEN both are published, with the event detail EventBridge receives, and a later redelivery does nothing
    assertThat(Json.MAPPER.valueToTree(handler.handleRequest(ordered, null)).path("batchItemFailures")).isEmpty();
    assertThat(Json.MAPPER.valueToTree(handler.handleRequest(ordered, null)).path("batchItemFailures")).isEmpty();
    eventBridge.verify(2, postRequestedFor(urlEqualTo("/"))
        .withRequestBody(matchingJsonPath("$.Entries[0].DetailType", equalTo("WebhookReceived")))
        .withRequestBody(matchingJsonPath("$.Entries[0].Source", equalTo("opsflow.ingress"))));
    assertThat(store.find(second.id()).orElseThrow().status()).isEqualTo(InboundStatus.PROCESSED);
  }

  @Test
  void scheduledSweep_publishesWhatSqsMissed() {
    // GIVEN a message recorded while SQS was unreachable
    Recorded missed = store.record(event(1));
    // WHEN the schedule fires (an EventBridge Scheduler event, no Records)
    Map<String, Object> answer = handler.handleRequest(Map.of("source", "aws.scheduler", "detail-type", "Scheduled Event"), null);
    // THEN it was published
    assertThat(answer).containsEntry("processed", 1);
    assertThat(store.find(missed.id()).orElseThrow().eventId()).isEqualTo("11710aed-b79e-4468-a20b-bb3c0c3b4860");
  }

  private static InboundMessage event(int seq) {
    String body = "{\"seq\":" + seq + "}";
    return new InboundMessage(Channel.WEBHOOK, "crm", "crm:e" + seq, InboundKind.EVENTS, "crm:deal-1", Instant.now(), Map.of(), body, null,
        body.length(), null);
  }

  /** The SQS batch fixture with record ids {@code a} then {@code b}. */
  private Map<String, Object> sqs(long a, long b) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/events/sqs-fifo-batch.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("__A__", String.valueOf(a)).replace("__B__", String.valueOf(b));
      return Json.MAPPER.readValue(text, new TypeReference<>() {});
    }
  }
}
