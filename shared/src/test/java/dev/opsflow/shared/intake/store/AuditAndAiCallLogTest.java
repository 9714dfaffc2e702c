package dev.opsflow.shared.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.db.StoreException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditAndAiCallLogTest {
  private final AuditLog audit = new AuditLog(TestPostgres.dataSource());
  private final AiCallLog aiCalls = new AiCallLog(TestPostgres.dataSource());

  @BeforeEach
  void empty() {
    TestPostgres.truncate("audit_events", "ai_calls");
  }

  @Test
  void repeatedKey_appendsOnce_andTheTrailReadsInOrder() {
    // GIVEN / WHEN a step appends an event, is retried, and staff act
    AuditEvent first = audit.append("req-1", Actor.system("score-completeness"), "status.changed",
        Requests.record("{\"to\":\"needs_review\"}"), "exec#ScoreCompleteness");
    AuditEvent repeated = audit.append("req-1", Actor.system("score-completeness"), "status.changed",
        Requests.record("{\"to\":\"needs_review\"}"), "exec#ScoreCompleteness");
    audit.append("req-1", Actor.staff("alice"), "review.completed", null, null);

    // THEN the trail has two events, oldest first, with their actors
    assertThat(repeated).isEqualTo(first);
    assertThat(audit.forRequest("req-1")).extracting(AuditEvent::action).containsExactly("status.changed", "review.completed");
    assertThat(audit.recent(1)).extracting(e -> e.actor().wire()).containsExactly("staff:alice");
  }

  @Test
  void auditEvents_cannotBeChangedOrDeleted() throws Exception {
    // GIVEN an appended event
    audit.append("req-1", Actor.system("ingress"), "request.received", null, null);

    // WHEN someone tries to rewrite history THEN the database refuses
    try (Connection connection = TestPostgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_events SET action = 'nothing'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_events")).hasMessageContaining("append-only");
    }
    assertThat(audit.forRequest("req-1")).hasSize(1);
  }

  @Test
  void aiCalls_areLoggedWithTokensAndViolations_oncePerKey() {
    // GIVEN a Bedrock call and a local-reasoner call (no token counts)
    AiCall bedrock = new AiCall("req-1", "extract-fields", "3", "anthropic.claude-sonnet", 812, 144, 1530,
        Requests.record("{\"phone\":\"+15551234567\"}"), dev.opsflow.shared.json.Json.parse("[{\"field\":\"address\",\"rule\":\"not_grounded\"}]"),
        Instant.parse("2026-11-21T10:00:01Z"));
    AiCall local = new AiCall("req-1", "draft-confirmation", "1", "local-rules", null, null, 3, null, null,
        Instant.parse("2026-11-21T10:00:02Z"));

    // WHEN logged, the first twice under one key
    boolean logged = aiCalls.record(bedrock, "exec#ExtractFields#1");
    boolean again = aiCalls.record(bedrock, "exec#ExtractFields#1");
    aiCalls.record(local, null);

    // THEN both are kept once, as given
    assertThat(logged).isTrue();
    assertThat(again).isFalse();
    assertThat(aiCalls.forRequest("req-1")).containsExactly(bedrock, local);
  }

  @Test
  void unreachableDatabase_isAStoreException() {
    // GIVEN a data source pointing at a closed port
    org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {1});
    nowhere.setConnectTimeout(1);

    // WHEN / THEN reading fails with the store's exception (retryable by name in ASL)
    assertThatThrownBy(() -> new AuditLog(nowhere).recent(1)).isInstanceOf(StoreException.class).hasMessageContaining("read audit events");
  }
}
