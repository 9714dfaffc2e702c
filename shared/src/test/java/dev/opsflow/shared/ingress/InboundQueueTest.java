package dev.opsflow.shared.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The durable record and the database queue on a real PostgreSQL, with a publisher that records what it got. */
class InboundQueueTest {
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private final List<Publication> published = Collections.synchronizedList(new ArrayList<>());
  private Function<Publication, PublishResult> bus = p -> new PublishResult.Published("ev-" + published.size());
  private final InboundPublisher publisher = batch -> batch.stream().map(p -> {
    PublishResult result = bus.apply(p);
    if (result instanceof PublishResult.Published) {
      published.add(p);
    }
    return result;
  }).toList();
  private final IngressSettings settings = IngressSettings.defaults().withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(10));
  private final InboundStore store = new InboundStore(TestPostgres.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));

  @BeforeEach
  void empty() {
    TestPostgres.truncate("inbound_messages");
  }

  @Test
  void recordingTwice_keepsOneRow_andSaysDuplicate() {
    // GIVEN an SMS recorded once
    Recorded first = store.record(sms("SM1"));
    // WHEN Twilio retries the same MessageSid
    Recorded again = store.record(sms("SM1"));
    // THEN one row, the same id and execution name, the second marked duplicate
    assertThat(again).isEqualTo(new Recorded(first.id(), "sms-SM1", true, InboundStatus.PENDING));
    assertThat(first.duplicate()).isFalse();
    assertThat(store.list(InboundFilter.newest(10))).hasSize(1);
  }

  @Test
  void processing_publishesServiceRequestReceived_withTheExecutionNameAndRequest_once() {
    // GIVEN a recorded SMS
    Recorded recorded = store.record(sms("SM2"));
    // WHEN the queue runs twice
    int first = queue(T0).processBatch(10);
    int second = queue(T0).processBatch(10);
    // THEN one event, with the contract's detail, and the row processed with the bus's event id
    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(published).singleElement().satisfies(p -> {
      assertThat(p.detailType()).isEqualTo("ServiceRequestReceived");
      assertThat(Json.parse(p.detail()).path("execution_name").asText()).isEqualTo("sms-SM2");
      assertThat(Json.parse(p.detail()).path("request").path("text").asText()).isEqualTo("Leak in the basement");
    });
    InboundRecord row = store.find(recorded.id()).orElseThrow();
    assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
    assertThat(row.eventId()).isEqualTo("ev-0");
  }

  @Test
  void signedContract_isPublishedAsContractSigned_fromOpsflowContracts_namedAfterTheContract() {
    // GIVEN a contract webhook recorded as a contract source's receiver records it
    String webhook = """
        {"type": "contract.signed", "contract": {"id": "ctr_1001", "plan": "premium", "signed_at": "2026-11-21T09:58:00Z",
         "client": {"company": "Acme Property Management", "contact_name": "Dana Reyes", "email": "dana@acme.example"}}}""";
    Recorded recorded = store.record(new InboundMessage(
        Channel.WEBHOOK, "esign", "esign:evt-1", InboundKind.CONTRACT, null, T0, Map.of(), webhook, null, webhook.length(), null, "contract-ctr_1001"));
    // WHEN the queue runs
    queue(T0).processBatch(10);
    // THEN ContractSigned from opsflow.contracts carries the execution name and the contract, the onboarding's input
    assertThat(recorded.executionName()).isEqualTo("contract-ctr_1001");
    assertThat(published).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("opsflow.contracts");
      assertThat(p.detailType()).isEqualTo("ContractSigned");
      assertThat(Json.parse(p.detail())).isEqualTo(Json.parse(
          "{\"execution_name\": \"contract-ctr_1001\", \"contract\": " + Json.write(Json.parse(webhook).path("contract")) + "}"));
    });
  }

  @Test
  void contractRowThatIsNotASignedContract_isFailed_notPublished() {
    // GIVEN a contract source's row whose body is not a signed contract (as a rejected one, replayed, would be)
    String body = "{\"type\": \"contract.viewed\", \"contract\": {\"id\": \"ctr_9\"}}";
    Recorded recorded = store.record(new InboundMessage(
        Channel.WEBHOOK, "esign", "esign:evt-9", InboundKind.CONTRACT, null, T0, Map.of(), body, null, body.length(), null));
    // WHEN the queue runs
    queue(T0).processBatch(10);
    // THEN nothing is published and the row fails with the reason
    assertThat(published).isEmpty();
    InboundRecord row = store.find(recorded.id()).orElseThrow();
    assertThat(row.status()).isEqualTo(InboundStatus.FAILED);
    assertThat(row.error()).contains("contract.signed");
  }

  @Test
  void oneEntitysEvents_arePublishedInArrivalOrder_evenWithConcurrentWorkers() throws Exception {
    // GIVEN 3 entities x 20 events recorded interleaved
    for (int seq = 1; seq <= 20; seq++) {
      for (String entity : List.of("a", "b", "c")) {
        store.record(event(entity, seq));
      }
    }
    // WHEN four workers drain the queue concurrently
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        workers.add(pool.submit(() -> {
          while (queue(T0).processBatch(3) > 0) {
            Thread.onSpinWait();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    }
    // THEN all 60 were published once, and each entity's sequence numbers in order
    assertThat(published).hasSize(60);
    for (String entity : List.of("crm:a", "crm:b", "crm:c")) {
      List<Integer> order = published.stream().map(p -> Json.parse(p.detail()))
          .filter(d -> d.path("entity_key").asText().equals(entity)).map(d -> d.path("payload").path("seq").asInt()).toList();
      assertThat(order).hasSize(20).isSorted();
    }
  }

  @Test
  void failingEvent_holdsBackItsEntity_retriesWithBackoff_thenFails_andReplayWorks() {
    // GIVEN two events of one entity and a bus that refuses the first one (retryable)
    Recorded first = store.record(event("a", 1));
    Recorded second = store.record(event("a", 2));
    bus = p -> Json.parse(p.detail()).path("payload").path("seq").asInt() == 1
        ? new PublishResult.Failed("InternalFailure", "bus down", true) : new PublishResult.Published("ev");
    // WHEN processed now, then at each retry time
    queue(T0).processBatch(10);
    // THEN the first is pending with an error and the second was not even tried
    assertThat(store.find(first.id()).orElseThrow()).satisfies(r -> {
      assertThat(r.status()).isEqualTo(InboundStatus.PENDING);
      assertThat(r.attempts()).isEqualTo(1);
      assertThat(r.error()).contains("bus down");
      assertThat(r.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
    });
    assertThat(published).isEmpty();
    assertThat(queue(T0).processBatch(10)).as("not due before its retry time").isZero();
    queue(T0.plusSeconds(1)).processBatch(10);
    queue(T0.plusSeconds(3)).processBatch(10);
    // AND after max attempts (3) it is failed, and only then does the entity's next event go
    assertThat(store.find(first.id()).orElseThrow().status()).isEqualTo(InboundStatus.FAILED);
    queue(T0.plusSeconds(3)).processBatch(10);
    assertThat(store.find(second.id()).orElseThrow().status()).isEqualTo(InboundStatus.PROCESSED);
    // AND an operator's replay, once the bus is back, publishes it
    bus = p -> new PublishResult.Published("ev-replayed");
    assertThat(store.replay(first.id())).isTrue();
    assertThat(store.replay(second.id())).as("processed messages are not replayed").isFalse();
    queue(T0.plusSeconds(4)).processBatch(10);
    assertThat(store.find(first.id()).orElseThrow().eventId()).isEqualTo("ev-replayed");
  }

  @Test
  void malformedOrNonRetryable_areFailedAtOnce_withTheReason() {
    // GIVEN an events message whose body is not JSON, and a bus refusing a detail as malformed
    InboundMessage broken = new InboundMessage(
        Channel.WEBHOOK, "crm", "crm:x", InboundKind.EVENTS, null, T0, Map.of(), "not json", null, 8, null);
    Recorded b = store.record(broken);
    Recorded s = store.record(sms("SM3"));
    bus = p -> new PublishResult.Failed("MalformedDetail", "Detail is malformed.", false);
    // WHEN processed
    queue(T0).processBatch(10);
    // THEN both failed with their reasons, visible in the failed list
    assertThat(store.find(b.id()).orElseThrow().error()).startsWith("Malformed: Invalid JSON");
    assertThat(store.find(s.id()).orElseThrow().error()).isEqualTo("MalformedDetail: Detail is malformed.");
    assertThat(store.list(new InboundFilter(InboundStatus.FAILED, null, 10, null))).hasSize(2);
  }

  @Test
  void processOne_isTheSqsPath_idempotent_andWaitsForOlder() {
    // GIVEN two events of one entity
    Recorded first = store.record(event("a", 1));
    Recorded second = store.record(event("a", 2));
    // WHEN SQS delivers the second first, then the first, then the first again
    // THEN the second waits, the first goes, a redelivery does nothing, then the second goes
    assertThat(queue(T0).processOne(second.id())).isEqualTo(InboundQueue.Outcome.WAITING_FOR_OLDER);
    assertThat(queue(T0).processOne(first.id())).isEqualTo(InboundQueue.Outcome.PROCESSED);
    assertThat(queue(T0).processOne(first.id())).isEqualTo(InboundQueue.Outcome.ALREADY_DONE);
    assertThat(queue(T0).processOne(second.id())).isEqualTo(InboundQueue.Outcome.PROCESSED);
    assertThat(queue(T0).processOne(999_999)).isEqualTo(InboundQueue.Outcome.NOT_FOUND);
    assertThat(published).hasSize(2);
  }

  private InboundQueue queue(Instant now) {
    return new InboundQueue(TestPostgres.dataSource(), Clock.fixed(now, ZoneOffset.UTC), publisher, settings);
  }

  static InboundMessage sms(String sid) {
    String request = Json.write(IntakeRequests.request(
        ExecutionNames.of(Channel.SMS, sid), Channel.SMS, sid, new IntakeRequests.From("+15551234567", null, null), null, "Leak in the basement", T0,
        List.of()));
    return new InboundMessage(Channel.SMS, "twilio", sid, InboundKind.INTAKE, null, T0, Map.of(), request, null, request.length(), null);
  }

  static InboundMessage event(String entity, int seq) {
    String body = "{\"entity\":\"" + entity + "\",\"seq\":" + seq + "}";
    return new InboundMessage(
        Channel.WEBHOOK, "crm", "crm:" + entity + "-" + seq, InboundKind.EVENTS, "crm:" + entity, T0, Map.of(), body, null, body.length(), null);
  }
}
