package dev.opsflow.fn.scorecompleteness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.CompletenessScorer;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreCompletenessHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final ScoreCompletenessHandler handler = new ScoreCompletenessHandler(
      stores, new CompletenessScorer(ConfigLoader.fromDirectory(Path.of("../../config")).questionFlow()));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events");
    stores.requests().create(new NewRequest("req-1", "sms-SM1", "sms", "SM1", null, null, "leak", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String fields) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "ScoreCompleteness"},
         "request_id": "req-1", "issue_type": "plumbing", "fields": %s}""".formatted(fields)), Map.class);
  }

  @Test
  void requestWithoutAddressAndFixture_isIncomplete_andTheScoreIsStored() {
    // GIVEN a plumbing request with name, phone and description only
    String fields = "{\"customer_name\": \"Ann Lee\", \"phone\": \"+15551234567\", \"description\": \"Sink leaks\"}";
    // WHEN it is scored
    Map<String, Object> out = handler.handleRequest(event(fields), null);
    // THEN the missing required fields are named and the score lands on the request and in the audit
    assertThat(out).containsEntry("complete", false).containsEntry("required_missing", true);
    assertThat(out.get("missing")).isEqualTo(List.of("address", "fixture"));
    BigDecimal stored = stores.requests().get("req-1").completeness();
    // numeric(4,3) in requests: the stored score is the step's, rounded to three decimals
    assertThat(stored.doubleValue()).isCloseTo(((BigDecimal) out.get("score")).doubleValue(), org.assertj.core.api.Assertions.within(0.0005));
    assertThat(stored.doubleValue()).isBetween(0.4, 0.8);
    assertThat(stores.audit().forRequest("req-1")).singleElement()
        .satisfies(e -> assertThat(e.detail().path("missing").size()).isEqualTo(2));
  }

  @Test
  void everyRequiredField_isComplete() {
    // GIVEN every required plumbing field
    String fields = """
        {"customer_name": "Ann Lee", "phone": "+15551234567", "address": "12 Oak St, Springfield",
         "description": "Sink leaks", "fixture": "sink"}""";
    // WHEN it is scored
    Map<String, Object> out = handler.handleRequest(event(fields), null);
    // THEN it is complete
    assertThat(out).containsEntry("complete", true);
    assertThat(out.get("missing")).isEqualTo(List.of());
  }
}
