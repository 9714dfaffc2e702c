package dev.opsflow.shared.integrations;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.ledger.LedgeredHttp;
import dev.opsflow.shared.ledger.PostgresLedger;
import dev.opsflow.shared.secrets.IntegrationSecret;
import dev.opsflow.shared.secrets.ScopedSecrets;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** A WireMock server standing in for one third-party API, and the IntegrationHttp that calls it through the ledger. */
public final class ApiServer implements AutoCloseable {
  public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
  public final IntegrationHttp http;

  public ApiServer(String integration, String tokenField, String token) {
    server.start();
    IntegrationSecret secret = new IntegrationSecret(integration, Map.of(tokenField, token));
    http =
        new IntegrationHttp(
            integration, URI.create(server.baseUrl()), tokenField, ScopedSecrets.of(name -> secret, integration),
            new PostgresLedger(TestPostgres.dataSource()), LedgeredHttp.defaultClient(), Clock.systemUTC());
  }

  @Override
  public void close() {
    server.stop();
  }
}
