package dev.opsflow.local.workflows.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The four APIs' documented request paths and response shapes (Stripe Customers, Asana Projects, Slack Web API,
 * Drive v3 files), as the onboarding calls them. Stripe's search finds the customer once it was created (a
 * WireMock scenario), as the real index does after its short lag.
 */
final class ApiStubs {
  static final String CUSTOMER_ID = "cus_NffrFeUfNV2Hib";
  static final String PROJECT_GID = "1204567890123456";
  static final String INVITE_ID = "I02UKAJ6RJA";
  static final String FOLDER_ID = "1Wc7rIVkl8jGzbBqTu9aaBcDeFg";
  static final String CUSTOMER_CREATED = "customer created";

  private ApiStubs() {}

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String customer(String contractId) {
    return """
        {"id": "%s", "object": "customer", "address": null, "balance": 0, "created": 1680893993, "currency": null,
         "default_source": null, "delinquent": false, "description": "Onboarded from contract %s", "email": "dana@acme.example",
         "invoice_prefix": "0759376C", "invoice_settings": {"custom_fields": null, "default_payment_method": null, "footer": null,
         "rendering_options": null}, "livemode": false, "metadata": {"opsflow_contract_id": "%s", "opsflow_plan": "premium"},
         "name": "Acme Property Management", "next_invoice_sequence": 1, "phone": null, "preferred_locales": [], "shipping": null,
         "tax_exempt": "none", "test_clock": null}""".formatted(CUSTOMER_ID, contractId, contractId);
  }

  static void stripe(WireMockServer stripe, String contractId) {
    String empty = "{\"object\": \"search_result\", \"url\": \"/v1/customers/search\", \"has_more\": false, \"next_page\": null, \"data\": []}";
    String found = "{\"object\": \"search_result\", \"url\": \"/v1/customers/search\", \"has_more\": false, \"next_page\": null, \"data\": ["
        + customer(contractId) + "]}";
    stripe.stubFor(get(urlPathEqualTo("/v1/customers/search")).inScenario("stripe").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(200, empty).withTransformers(StripeOutage.NAME)));
    stripe.stubFor(get(urlPathEqualTo("/v1/customers/search")).inScenario("stripe").whenScenarioStateIs(CUSTOMER_CREATED)
        .willReturn(json(200, found).withTransformers(StripeOutage.NAME)));
    stripe.stubFor(post(urlPathEqualTo("/v1/customers")).inScenario("stripe").willSetStateTo(CUSTOMER_CREATED)
        .willReturn(json(200, customer(contractId)).withTransformers(StripeOutage.NAME)));
  }

  static void asana(WireMockServer asana) {
    asana.stubFor(get(urlPathEqualTo("/api/1.0/projects")).willReturn(json(200, """
        {"data": [{"gid": "1200000000000001", "name": "Internal roadmap", "resource_type": "project"}], "next_page": null}""")));
    asana.stubFor(post(urlPathEqualTo("/api/1.0/projects")).willReturn(createdProject()));
  }

  static ResponseDefinitionBuilder createdProject() {
    return json(201, """
        {"data": {"gid": "%s", "resource_type": "project", "name": "Onboarding: Acme Property Management (ctr_1001)",
         "permalink_url": "https://app.asana.com/0/%s/list", "archived": false, "public": false}}""".formatted(PROJECT_GID, PROJECT_GID));
  }

  static void slack(WireMockServer slack) {
    slack.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(json(200, "{\"ok\": false, \"error\": \"users_not_found\"}")));
    slack.stubFor(post(urlPathEqualTo("/api/conversations.inviteShared"))
        .willReturn(json(200, "{\"ok\": true, \"invite_id\": \"" + INVITE_ID + "\", \"is_legacy_shared_channel\": false}")));
  }

  static void drive(WireMockServer drive) {
    drive.stubFor(get(urlPathEqualTo("/drive/v3/files")).willReturn(json(200, "{\"kind\": \"drive#fileList\", \"incompleteSearch\": false, \"files\": []}")));
    drive.stubFor(post(urlPathEqualTo("/drive/v3/files")).willReturn(json(200, """
        {"kind": "drive#file", "id": "%s", "name": "Acme Property Management (ctr_1001)",
         "mimeType": "application/vnd.google-apps.folder", "webViewLink": "https://drive.google.com/drive/folders/%s"}""".formatted(FOLDER_ID, FOLDER_ID))));
  }
}
