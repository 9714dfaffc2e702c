package dev.opsflow.shared.ledger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Audit-first HTTP against a real HTTP server: recorded before, recorded after, redacted, and never unrecorded. */
class LedgeredHttpTest {
  static final String API_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
  static WireMockServer server;

  final String correlation = "exec-" + UUID.randomUUID();
  final PostgresLedger ledger = new PostgresLedger(TestPostgres.dataSource());
  final LedgeredHttp http = new LedgeredHttp(LedgeredHttp.defaultClient(), ledger, new Redactor(List.of(API_KEY)), Clock.systemUTC());

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }

  @Test
  void post_recordsRequestThenResponse_withSecretsRedacted() throws Exception {
    // GIVEN an API that echoes the key it was sent
    server.stubFor(post(urlPathEqualTo("/v1/things"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\": \"th_1\", \"echo\": \"key " + API_KEY + "\", \"client_secret\": \"cs_live_abc\"}")));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + API_KEY);
    headers.put("Stripe-Signature", "t=1,v1=abcdef");
    headers.put("X-Partner-Token", "tok_partner_123456");
    headers.put("Content-Type", "application/json");
    String body = "{\"name\": \"Acme\", \"api_key\": \"k_other_999999\", \"nested\": {\"note\": \"uses " + API_KEY + "\"}, \"password\": \"hunter22\"}";

    // WHEN the call is made through the ledger
    HttpResult result = http.send(correlation, "stripe", OutboundRequest.post(uri("/v1/things?key=" + API_KEY), headers, body));

    // THEN the caller gets the real answer ...
    assertThat(result.status()).isEqualTo(201);
    assertThat(result.body()).contains(API_KEY);
    // ... and the ledger holds the request, then its response, with every secret replaced
    List<LedgerEntry> entries = ledger.entries(correlation);
    assertThat(entries).extracting(e -> e.record().kind()).containsExactly(LedgerKind.REQUEST, LedgerKind.RESPONSE);
    LedgerRecord request = entries.get(0).record();
    LedgerRecord response = entries.get(1).record();
    assertThat(request.url()).isEqualTo(server.baseUrl() + "/v1/things?key=" + Redactor.REDACTED);
    assertThat(request.headers().path("authorization").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(request.headers().path("stripe-signature").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(request.headers().path("x-partner-token").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(request.body().path("name").asText()).isEqualTo("Acme");
    assertThat(request.body().path("api_key").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(request.body().path("password").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(request.body().at("/nested/note").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(response.requestEntryId()).isEqualTo(request.entryId());
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
    assertThat(response.body().path("id").asText()).isEqualTo("th_1");
    assertThat(response.body().path("client_secret").asText()).isEqualTo(Redactor.REDACTED);
    assertThat(Json.write(Json.MAPPER.valueToTree(entries))).doesNotContain(API_KEY, "hunter22", "k_other_999999", "tok_partner_123456", "cs_live_abc");
  }

  @Test
  void formBody_isRecordedAsItsFields() throws Exception {
    // GIVEN a form-encoded request
    server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(200).withBody("{\"id\": \"cus_1\"}")));

    // WHEN it is sent
    http.send(correlation, "stripe", OutboundRequest.post(uri("/v1/customers"),
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "name=Acme+Co&metadata%5Bcontract%5D=ctr_1&api_key=" + API_KEY));

    // THEN the ledger shows the decoded fields, the secret one redacted
    LedgerRecord request = ledger.entries(correlation).get(0).record();
    assertThat(request.body().path("name").asText()).isEqualTo("Acme Co");
    assertThat(request.body().path("metadata[contract]").asText()).isEqualTo("ctr_1");
    assertThat(request.body().path("api_key").asText()).isEqualTo(Redactor.REDACTED);
  }

  @Test
  void ledgerRefusingTheRequestEntry_meansTheCallIsNotMade() throws Exception {
    // GIVEN a ledger whose database role may not write it
    LedgerDatabases.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_test_nobody') THEN CREATE ROLE ledger_test_nobody LOGIN; END IF; END $$");
    server.resetRequests();
    try (HikariDataSource nobody = LedgerDatabases.as("ledger_test_nobody")) {
      LedgeredHttp refused = new LedgeredHttp(LedgeredHttp.defaultClient(), new PostgresLedger(nobody), new Redactor(List.of()), Clock.systemUTC());

      // WHEN a call is attempted
      // THEN it fails with the ledger's error and the API never heard of it
      assertThatThrownBy(() -> refused.send(correlation, "stripe", OutboundRequest.get(uri("/v1/anything"), Map.of())))
          .isInstanceOf(LedgerWriteException.class);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    assertThat(ledger.entries(correlation)).isEmpty();
  }

  @Test
  void noAnswerInTime_isRecordedAsAResponseWithoutStatus() {
    // GIVEN an API slower than the request's timeout
    server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
    OutboundRequest request = OutboundRequest.get(uri("/slow"), Map.of()).withTimeout(Duration.ofMillis(800));

    // WHEN the call is made
    // THEN the caller gets the timeout, and the ledger says the request got no answer and why
    assertThatThrownBy(() -> http.send(correlation, "drive", request)).isInstanceOf(HttpTimeoutException.class);
    List<LedgerEntry> entries = ledger.entries(correlation);
    assertThat(entries).hasSize(2);
    LedgerRecord response = entries.get(1).record();
    assertThat(response.kind()).isEqualTo(LedgerKind.RESPONSE);
    assertThat(response.status()).isNull();
    assertThat(response.body().path("error").asText()).endsWith("TimeoutException");
  }
}
