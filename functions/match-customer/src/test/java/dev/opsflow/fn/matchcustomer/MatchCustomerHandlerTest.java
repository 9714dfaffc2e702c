package dev.opsflow.fn.matchcustomer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.customers.CustomerDetails;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchCustomerHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final CustomerStore customers = new CustomerStore(TestPostgres.dataSource());
  final MatchCustomerHandler handler = new MatchCustomerHandler(stores, MatchCustomerHandler.matcher(TestPostgres.dataSource()));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events", "customers");
    stores.requests().create(new NewRequest("req-1", "sms-SM1", "sms", "SM1", null, null, "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String phone) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "MatchCustomer"},
         "request_id": "req-1",
         "fields": {"customer_name": "Ann Lee", "phone": "%s", "email": null, "address": "12 Oak St, Springfield"}}"""
        .formatted(phone)), Map.class);
  }

  @Test
  void knownPhone_matchesTheCustomer_andTheMatchIsStored() {
    // GIVEN a customer with that phone number
    String id = customers.create(new CustomerDetails("Ann Lee", "+15551234567", "ann@example.com", null), "seed").id();
    // WHEN the request is matched (its phone written another way)
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("(555) 123-4567"), null));
    // THEN it is that customer, by phone, and the request says so
    assertThat(out.path("customer_id").asText()).isEqualTo(id);
    assertThat(out.path("method").asText()).isEqualTo("phone");
    assertThat(out.path("is_new").asBoolean()).isFalse();
    StoredRequest stored = stores.requests().get("req-1");
    assertThat(stored.customerId()).isEqualTo(id);
    assertThat(stored.matchMethod()).isEqualTo("phone");
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("customer.matched");
  }

  @Test
  void unknownCustomer_isCreatedOnce_evenWhenTheStepRunsTwice() {
    // GIVEN no customers
    // WHEN the step runs twice
    JsonNode first = Json.MAPPER.valueToTree(handler.handleRequest(event("+15559876543"), null));
    JsonNode again = Json.MAPPER.valueToTree(handler.handleRequest(event("+15559876543"), null));
    // THEN one new customer, found again by the retry
    assertThat(first.path("is_new").asBoolean()).isTrue();
    assertThat(again.path("customer_id").asText()).isEqualTo(first.path("customer_id").asText());
    assertThat(customers.findByPhone("+15559876543")).hasSize(1);
  }
}
