package dev.opsflow.fn.checkapprovalpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.ApprovalPolicyEvaluator;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckApprovalPolicyHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final CheckApprovalPolicyHandler handler = new CheckApprovalPolicyHandler(
      stores, new ApprovalPolicyEvaluator(ConfigLoader.fromDirectory(Path.of("../../config")).approvalPolicy()));

  @BeforeEach
  void emptyAudit() {
    TestPostgres.truncate("audit_events");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String urgency, String score, String customer, String flags) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "CheckApprovalPolicy"},
         "request_id": "req-1", "urgency": "%s",
         "completeness": {"score": %s, "complete": true, "missing": []},
         "customer": %s,
         "draft": {"subject": "s", "body": "b", "needs_human": false, "flags": %s}}"""
        .formatted(urgency, score, customer, flags)), Map.class);
  }

  JsonNode run(Map<String, Object> event) {
    return Json.MAPPER.valueToTree(handler.handleRequest(event, null));
  }

  @Test
  void routineCompleteRequestForAKnownCustomer_needsNoApproval() {
    // GIVEN a routine, complete request matched by phone with full confidence and a clean draft
    JsonNode out = run(event("routine", "1.0", "{\"customer_id\": \"cus-1\", \"confidence\": 1.0, \"is_new\": false}", "[]"));
    // THEN no approval is needed and the decision is audited
    assertThat(out.path("approval_required").asBoolean()).isFalse();
    assertThat(out.path("reasons")).isEmpty();
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("approval.checked");
  }

  @Test
  void draftNamingAPriceForAnUncertainMatch_needsApprovalForBothReasons() {
    // GIVEN a draft flagged names_price and a customer matched with 0.6 confidence
    JsonNode out = run(event("routine", "1.0", "{\"customer_id\": \"cus-1\", \"confidence\": 0.6, \"is_new\": false}", "[\"names_price\"]"));
    // THEN approval is required, naming both rules
    assertThat(out.path("approval_required").asBoolean()).isTrue();
    assertThat(out.findValuesAsText("rule_id")).containsExactlyInAnyOrder("names-price", "low-match-confidence");
  }

  @Test
  void emergencyForANewCustomer_needsApprovalAsAnEmergencyOnly() {
    // GIVEN an emergency from a new customer (the new-customer rule is disabled in config)
    JsonNode out = run(event("emergency", "1.0", "{\"customer_id\": null, \"confidence\": null, \"is_new\": true}", "[]"));
    // THEN only the emergency rule matches
    assertThat(out.findValuesAsText("rule_id")).containsExactly("emergency");
  }
}
