package dev.opsflow.shared.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.db.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestStoreTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-21T10:00:00Z");
  private final RequestStore store = new RequestStore(TestPostgres.dataSource());
  private final Actor extractor = Actor.agent("extract-fields", "3");

  @BeforeEach
  void emptyTables() {
    TestPostgres.truncate("requests", "request_revisions", "customers");
  }

  @Test
  void redeliveredMessage_returnsTheFirstRequest() {
    // GIVEN an SMS stored once
    CreateResult first = store.create(Requests.sms("SM1", "+15551234567", "Sink leaking", RECEIVED), Actor.system("ingress"));

    // WHEN the same message is delivered again (another id, same channel and source id)
    NewRequest again = new NewRequest("req-other", "sms-SM1", "sms", "SM1", null, null, "Sink leaking", null, RECEIVED, null);
    CreateResult second = store.create(again, Actor.system("ingress"));

    // THEN one request exists and the second delivery gets it
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.request().id()).isEqualTo("req-SM1");
    assertThat(second.request().status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(second.request().sender().path("phone").asText()).isEqualTo("+15551234567");
    assertThat(store.findBySource("sms", "SM1")).contains(first.request());
  }

  @Test
  void recordUpdates_writeOneRevisionEach_andARetryWritesNone() {
    // GIVEN a stored request
    store.create(Requests.sms("SM2", "+15551234567", "No heat", RECEIVED), Actor.system("ingress"));

    // WHEN extraction writes the record, its retry repeats the write, and staff fill in a missing field
    ObjectNode extracted = Requests.record("{\"issue_type\":\"hvac\",\"phone\":\"+15551234567\"}");
    RequestRevision written = store.updateRecord("req-SM2", extracted, extractor, "extracted", "exec-1#ExtractFields");
    RequestRevision retried = store.updateRecord("req-SM2", extracted, extractor, "extracted", "exec-1#ExtractFields");
    RequestRevision reviewed = store.reviseRecord("req-SM2", record -> record.put("address", "12 Oak St"),
        Actor.staff("alice@example.com"), "review", "exec-1#ReviewRequest");

    // THEN there are two revisions, the record is the latest, and each names who made it
    assertThat(retried).isEqualTo(written);
    assertThat(reviewed.revision()).isEqualTo(2);
    List<RequestRevision> revisions = store.revisions("req-SM2");
    assertThat(revisions).extracting(RequestRevision::revision).containsExactly(1, 2);
    assertThat(revisions).extracting(r -> r.changedBy().wire())
        .containsExactly("agent:extract-fields@3", "staff:alice@example.com");
    StoredRequest stored = store.get("req-SM2");
    assertThat(stored.revision()).isEqualTo(2);
    assertThat(stored.record().path("address").asText()).isEqualTo("12 Oak St");
    assertThat(stored.record().path("issue_type").asText()).isEqualTo("hvac");
  }

  @Test
  void unchangedRecord_writesNoRevision() {
    // GIVEN a request with one revision
    store.create(Requests.sms("SM3", "+15551234567", "Breaker trips", RECEIVED), Actor.system("ingress"));
    ObjectNode record = Requests.record("{\"issue_type\":\"electrical\"}");
    store.updateRecord("req-SM3", record, extractor, "extracted", null);

    // WHEN the same record is written again under another key
    RequestRevision again = store.updateRecord("req-SM3", record.deepCopy(), extractor, "extracted", "other-key");

    // THEN the latest revision stands
    assertThat(again.revision()).isEqualTo(1);
    assertThat(store.revisions("req-SM3")).hasSize(1);
  }

  @Test
  void concurrentRevisions_areNumberedOneAfterTheOther() throws Exception {
    // GIVEN a stored request
    store.create(Requests.sms("SM4", "+15551234567", "Dryer broken", RECEIVED), Actor.system("ingress"));

    // WHEN eight writers each add a field at the same time
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<RequestRevision>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String field = "f" + i;
      futures.add(pool.submit(() -> store.reviseRecord("req-SM4", r -> r.put(field, true), extractor, "add", field)));
    }
    for (Future<RequestRevision> future : futures) {
      future.get();
    }
    pool.shutdown();

    // THEN every change is kept, in revisions 1..8
    assertThat(store.revisions("req-SM4")).extracting(RequestRevision::revision).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(store.get("req-SM4").record().size()).isEqualTo(8);
  }

  @Test
  void columnUpdates_areStored_andAnUnknownRequestIsRefused() {
    // GIVEN a stored request
    store.create(Requests.sms("SM5", "+15551234567", "Water heater out", RECEIVED), Actor.system("ingress"));

    // WHEN the workflow sets its columns
    store.setStatus("req-SM5", RequestStatus.NEEDS_REVIEW);
    store.setTriage("req-SM5", "plumbing", "urgent", "plumbing-team");
    store.setCompleteness("req-SM5", new BigDecimal("0.625"));

    // THEN they read back, and a missing request is an error naming it
    StoredRequest stored = store.get("req-SM5");
    assertThat(stored.status()).isEqualTo(RequestStatus.NEEDS_REVIEW);
    assertThat(stored.issueType()).isEqualTo("plumbing");
    assertThat(stored.urgency()).isEqualTo("urgent");
    assertThat(stored.team()).isEqualTo("plumbing-team");
    assertThat(stored.completeness()).isEqualByComparingTo("0.625");
    assertThatThrownBy(() -> store.setStatus("req-nope", RequestStatus.FAILED))
        .isInstanceOf(RequestNotFoundException.class).hasMessageContaining("req-nope");
  }

  @Test
  void envelopeWithoutReceiveTime_isRefusedWithTheField() {
    // GIVEN / WHEN an envelope without received_at THEN the error names the field
    assertThatThrownBy(() -> NewRequest.fromEnvelope(
        Requests.record("{\"id\":\"req-1\",\"channel\":\"sms\",\"source_id\":\"S\"}"), "sms-S"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request.received_at");
  }
}
