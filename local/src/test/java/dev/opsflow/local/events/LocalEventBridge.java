package dev.opsflow.local.events;

import java.io.IOException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The bus of a {@link BusHarness} behind its HTTP API on a free port, and a real AWS SDK EventBridgeClient pointed at it. */
final class LocalEventBridge implements AutoCloseable {
  final BusHarness harness;
  final EventBridgeHttpApi api;
  final EventBridgeClient client;

  LocalEventBridge(BusHarness harness) throws IOException {
    this.harness = harness;
    this.api = new EventBridgeHttpApi(harness.bus).start("127.0.0.1", 0);
    this.client =
        EventBridgeClient.builder()
            .endpointOverride(api.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @Override
  public void close() {
    client.close();
    api.close();
  }
}
