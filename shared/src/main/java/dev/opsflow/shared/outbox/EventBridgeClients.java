package dev.opsflow.shared.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;

/**
 * EventBridge clients for the relay: with {@code OPSFLOW_EVENTS_ENDPOINT} set, the local bus (or any
 * EventBridge-compatible endpoint) with placeholder credentials, which it does not check; otherwise AWS with the
 * default credentials chain (the Lambda's role). Region from {@code AWS_REGION} (default us-east-1). The
 * lightweight URL-connection HTTP client, with a 10-second call timeout so a hung bus cannot hold the outbox
 * rows for long.
 */
public final class EventBridgeClients {
  private EventBridgeClients() {}

  public static EventBridgeClient from(Map<String, String> env) {
    String endpoint = env.get("OPSFLOW_EVENTS_ENDPOINT");
    EventBridgeClientBuilder builder = EventBridgeClient.builder()
        .region(Region.of(env.getOrDefault("AWS_REGION", "us-east-1")))
        .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)).build())
        .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(10)));
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint))
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("opsflow", "local")));
    }
    return builder.build();
  }
}
