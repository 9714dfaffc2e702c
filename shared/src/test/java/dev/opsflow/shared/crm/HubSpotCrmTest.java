package dev.opsflow.shared.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HubSpot's CRM v3 contacts API as documented (request and response shapes), served by WireMock. */
class HubSpotCrmTest {
  private static final String SEARCH = "/crm/v3/objects/contacts/search";
  private static final String CONTACTS = "/crm/v3/objects/contacts";
  private static final String MAPPING = """
      {"contact": [
        {"field": "customer_name", "builtin": "name", "hubspot": ["firstname", "lastname"], "transform": "split_name"},
        {"field": "phone", "builtin": "phone", "hubspot": ["phone"], "transform": "e164"},
        {"field": "email", "builtin": "email", "hubspot": ["email"], "transform": "lowercase"},
        {"field": "address", "builtin": "address", "hubspot": ["address"], "transform": "none"},
        {"field": "channel", "builtin": "first_channel", "hubspot": ["opsflow_first_channel"], "transform": "none", "custom": true}
      ]}""";
  private static final String NO_RESULTS = "{\"total\":0,\"results\":[]}";
  private static WireMockServer hubspot;
  private HubSpotCrm crm;

  @BeforeAll
  static void start() {
    hubspot = new WireMockServer(options().dynamicPort());
    hubspot.start();
  }

  @AfterAll
  static void stop() {
    hubspot.stop();
  }

  @BeforeEach
  void client() {
    hubspot.resetAll();
    crm = new HubSpotCrm(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
        URI.create(hubspot.baseUrl() + "/"), "pat-na1-test", ContactMapping.fromConfig(Json.parse(MAPPING)), PhoneNumbers.us());
  }

  private static CrmContact maria() {
    CrmContact contact = CrmContact.of("cus-1", "Maria Gonzalez", "(555) 765-4321", "Maria@Example.com", "88 Elm Ave");
    var fields = new java.util.LinkedHashMap<>(contact.fields());
    fields.put("channel", "sms");
    return new CrmContact("cus-1", null, fields);
  }

  @Test
  void newContact_isSearchedThenCreated_withMappedProperties() {
    // GIVEN HubSpot knows no such contact
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(NO_RESULTS)));
    hubspot.stubFor(post(CONTACTS).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
        {"id":"512","properties":{"createdate":"2026-11-21T10:00:00.000Z","email":"maria@example.com","firstname":"Maria",
         "hs_object_id":"512","lastmodifieddate":"2026-11-21T10:00:00.000Z","lastname":"Gonzalez"},
         "createdAt":"2026-11-21T10:00:00.000Z","updatedAt":"2026-11-21T10:00:00.000Z","archived":false}""")));

    // WHEN the contact is upserted
    CrmRef ref = crm.upsertContact(maria(), "exec#SyncToCrm");

    // THEN it was searched by email or phone, then created with the mapped properties, using the token
    assertThat(ref).isEqualTo(new CrmRef("hubspot", "512", true));
    hubspot.verify(postRequestedFor(urlEqualTo(SEARCH))
        .withHeader("Authorization", equalTo("Bearer pat-na1-test"))
        .withRequestBody(equalToJson("""
            {"filterGroups":[{"filters":[{"propertyName":"email","operator":"EQ","value":"maria@example.com"}]},
                             {"filters":[{"propertyName":"phone","operator":"EQ","value":"+15557654321"}]}],
             "properties":["email","phone"],"limit":10}""")));
    hubspot.verify(postRequestedFor(urlEqualTo(CONTACTS)).withRequestBody(equalToJson("""
        {"properties":{"firstname":"Maria","lastname":"Gonzalez","phone":"+15557654321","email":"maria@example.com",
                       "address":"88 Elm Ave","opsflow_first_channel":"sms"}}""")));
  }

  @Test
  void existingContact_foundBySearch_isPatched_notCreated() {
    // GIVEN HubSpot has Maria, found by phone, and another contact
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
        {"total":2,"results":[
          {"id":"77","properties":{"email":"other@example.com","phone":"+15557654321","hs_object_id":"77"},
           "createdAt":"2025-01-10T16:37:23.758Z","updatedAt":"2025-01-15T19:39:45.324Z","archived":false},
          {"id":"51","properties":{"email":"maria@example.com","phone":"+15557654321","hs_object_id":"51"},
           "createdAt":"2025-01-10T16:37:23.758Z","updatedAt":"2025-01-15T19:39:45.324Z","archived":false}]}""")));
    hubspot.stubFor(patch(urlEqualTo(CONTACTS + "/51")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"51\",\"properties\":{},\"archived\":false}")));

    // WHEN the contact is upserted
    CrmRef ref = crm.upsertContact(maria(), "exec#SyncToCrm");

    // THEN the one whose email matches is updated and nothing is created
    assertThat(ref).isEqualTo(new CrmRef("hubspot", "51", false));
    hubspot.verify(patchRequestedFor(urlEqualTo(CONTACTS + "/51"))
        .withRequestBody(equalToJson("{\"properties\":{\"firstname\":\"Maria\",\"email\":\"maria@example.com\"}}", true, true)));
    hubspot.verify(0, postRequestedFor(urlEqualTo(CONTACTS)));
  }

  @Test
  void createConflict_patchesTheExistingContact() {
    // GIVEN search has not indexed Maria yet, and create answers HubSpot's 409 CONTACT_EXISTS
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(NO_RESULTS)));
    hubspot.stubFor(post(CONTACTS).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("""
        {"status":"error","message":"Contact already exists. Existing ID: 2926551","correlationId":"b6881283-187e-4088-a778-5c933a14547c",
         "category":"CONFLICT"}""")));
    hubspot.stubFor(patch(urlEqualTo(CONTACTS + "/2926551")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"2926551\",\"properties\":{}}")));

    // WHEN the contact is upserted (a retry after a create whose answer was lost)
    CrmRef ref = crm.upsertContact(maria(), "exec#SyncToCrm");

    // THEN the existing contact is updated
    assertThat(ref).isEqualTo(new CrmRef("hubspot", "2926551", false));
    hubspot.verify(patchRequestedFor(urlEqualTo(CONTACTS + "/2926551")));
  }

  @Test
  void knownExternalId_isPatchedDirectly() {
    hubspot.stubFor(patch(urlEqualTo(CONTACTS + "/51")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"51\",\"properties\":{}}")));

    CrmRef ref = crm.upsertContact(maria().withExternalId("51"), "exec#SyncToCrm");

    assertThat(ref.id()).isEqualTo("51");
    hubspot.verify(0, postRequestedFor(urlEqualTo(SEARCH)));
  }

  @Test
  void rateLimited_isRetryable_withHubSpotsRetryAfter() {
    // GIVEN HubSpot answers 429 RATE_LIMITS
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "10")
        .withHeader("Content-Type", "application/json").withBody("""
            {"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT",
             "correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"SECONDLY","category":"RATE_LIMITS"}""")));

    // WHEN / THEN the upsert fails with the retryable exception
    assertThatThrownBy(() -> crm.upsertContact(maria(), "exec#SyncToCrm"))
        .isInstanceOf(CrmUnavailableException.class)
        .hasMessageContaining("429").hasMessageContaining("RATE_LIMITS")
        .satisfies(e -> assertThat(((CrmUnavailableException) e).retryAfter()).isEqualTo(Duration.ofSeconds(10)));
  }

  @Test
  void serverError_isRetryable() {
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
    assertThatThrownBy(() -> crm.findByEmail("maria@example.com")).isInstanceOf(CrmUnavailableException.class).hasMessageContaining("502");
  }

  @Test
  void invalidProperty_isRejected_notRetried() {
    // GIVEN HubSpot refuses the create with 400 VALIDATION_ERROR
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(NO_RESULTS)));
    hubspot.stubFor(post(CONTACTS).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
        {"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Property \\\\\\"opsflow_first_channel\\\\\\" does not exist\\",\\"error\\":\\"PROPERTY_DOESNT_EXIST\\",\\"name\\":\\"opsflow_first_channel\\"}]",
         "correlationId":"a43683b0-5717-4ceb-80b4-104d02915d8c","category":"VALIDATION_ERROR"}""")));

    // WHEN / THEN the upsert fails with the non-retryable exception carrying HubSpot's reason
    assertThatThrownBy(() -> crm.upsertContact(maria(), "exec#SyncToCrm"))
        .isInstanceOf(CrmRejectedException.class)
        .hasMessageContaining("VALIDATION_ERROR").hasMessageContaining("opsflow_first_channel")
        .satisfies(e -> assertThat(((CrmRejectedException) e).status()).isEqualTo(400));
  }

  @Test
  void unreachableHubSpot_isRetryable() {
    HubSpotCrm nowhere = new HubSpotCrm(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:1/"), "t",
        ContactMapping.defaults(), PhoneNumbers.us());
    assertThatThrownBy(() -> nowhere.findByPhone("+15557654321")).isInstanceOf(CrmUnavailableException.class);
  }
}
