package dev.opsflow.webapp;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The dashboard's {@link SfnClient}: Step Functions itself (region and credentials from the environment, as
 * App Runner's instance role provides them), or, with an endpoint, the local engine's API (which checks no
 * signature, so fixed placeholder credentials do).
 */
public final class SfnClients {
  private SfnClients() {}

  /** A client for {@code endpoint} (null: AWS's own endpoint of {@code region}). */
  public static SfnClient create(URI endpoint, String region) {
    var builder = SfnClient.builder()
        .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
        .httpClient(UrlConnectionHttpClient.create());
    if (endpoint == null) {
      return builder.credentialsProvider(DefaultCredentialsProvider.builder().build()).build();
    }
    return builder
        .endpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("opsflow-local", "opsflow-local")))
        // StartSyncExecution's host prefix ("sync-") does not resolve for a local endpoint.
        .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }
}
