package dev.opsflow.fn.synctocrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.customers.CustomerDetails;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncToCrmHandlerTest {
  static final String JSON = "application/json";

  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final CustomerStore customers = new CustomerStore(TestPostgres.dataSource());
  final WireMockServer hubspot = new WireMockServer(options().dynamicPort());
  String customerId;

  @BeforeEach
  void oneCustomer() {
    TestPostgres.truncate("customers", "audit_events");
    customerId = customers.create(new CustomerDetails("Ann Lee", "+15551234567", null, null), "seed").id();
    hubspot.start();
  }

  @AfterEach
  void stopHubSpot() {
    hubspot.stop();
  }

  SyncToCrmHandler handler(Map<String, String> env) {
    return new SyncToCrmHandler(stores, customers, StepWiring.crm(env, TestPostgres.dataSource()));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> event(String state) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "%s"},
         "request_id": "req-1", "channel": "sms",
         "fields": {"customer_name": "Ann Lee", "phone": "+15551234567", "email": "ann@example.com",
                    "address": "12 Oak St, Springfield", "issue_type": "plumbing"},
         "customer": {"customer_id": "%s", "method": "phone", "confidence": 1.0, "is_new": false}}"""
        .formatted(state, customerId)), Map.class);
  }

  @Test
  void builtInCrm_updatesTheMatchedCustomer() {
    // GIVEN the default CRM
    // WHEN the request is synced
    JsonNode out = Json.MAPPER.valueToTree(handler(Map.of()).handleRequest(event("SyncToCrm"), null));
    // THEN the customer is the contact, now with the email and address, and the sync is audited
    assertThat(out.path("crm").asText()).isEqualTo("builtin");
    assertThat(out.path("contact_id").asText()).isEqualTo(customerId);
    assertThat(customers.find(customerId).orElseThrow().email()).isEqualTo("ann@example.com");
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("crm.synced");
  }

  @Test
  void hubSpot_createsTheContact_andTheNextSyncGoesStraightToItsId(@TempDir Path dir) throws Exception {
    // GIVEN HubSpot without the contact
    hubspot.stubFor(post("/crm/v3/objects/contacts/search").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", JSON).withBody("{\"total\":0,\"results\":[]}")));
    hubspot.stubFor(post("/crm/v3/objects/contacts").willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
        .withBody("{\"id\":\"901\",\"properties\":{},\"createdAt\":\"2026-11-23T15:00:00Z\",\"archived\":false}")));
    hubspot.stubFor(patch(urlEqualTo("/crm/v3/objects/contacts/901")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", JSON).withBody("{\"id\":\"901\",\"properties\":{},\"archived\":false}")));
    Path secrets = Files.writeString(dir.resolve("secrets.json"), "{\"hubspot\": {\"access_token\": \"pat-test\"}}");
    SyncToCrmHandler handler = handler(Map.of("OPSFLOW_CRM", "hubspot", "OPSFLOW_SECRETS_FILE", secrets.toString(),
        "OPSFLOW_HUBSPOT_API_URL", hubspot.baseUrl() + "/", "OPSFLOW_CONFIG_DIR", "../../config"));
    // WHEN the request is synced, and a later request of the same customer too
    JsonNode first = Json.MAPPER.valueToTree(handler.handleRequest(event("SyncToCrm"), null));
    handler.handleRequest(event("SyncToCrmLater"), null);
    // THEN HubSpot created contact 901 once, the customer remembers it, and the later sync patched it directly
    assertThat(first.path("contact_id").asText()).isEqualTo("901");
    assertThat(first.path("created").asBoolean()).isTrue();
    assertThat(customers.find(customerId).orElseThrow().externalIds()).containsEntry("hubspot", "901");
    hubspot.verify(1, postRequestedFor(urlEqualTo("/crm/v3/objects/contacts")));
    hubspot.verify(1, postRequestedFor(urlEqualTo("/crm/v3/objects/contacts/search")));
    hubspot.verify(1, patchRequestedFor(urlEqualTo("/crm/v3/objects/contacts/901")));
    hubspot.verify(postRequestedFor(urlEqualTo("/crm/v3/objects/contacts")).withHeader("Authorization", equalTo("Bearer pat-test")));
  }
}
