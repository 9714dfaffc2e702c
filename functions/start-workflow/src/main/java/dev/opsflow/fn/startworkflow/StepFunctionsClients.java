package dev.opsflow.fn.startworkflow;

import dev.opsflow.shared.aws.Endpoints;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * The {@link SfnClient} of a step: Step Functions of {@code AWS_REGION} with the function's role (the SDK's
 * default credentials), or, when {@link Endpoints#STEP_FUNCTIONS} gives an endpoint, the local node's Step
 * Functions API, which checks no signature, so fixed placeholder credentials do. The SDK's own retries (throttling,
 * 5xx, network) apply in both.
 */
final class StepFunctionsClients {
  private static final String LOCAL_REGION = "us-east-1";

  private StepFunctionsClients() {}

  static SfnClient create(Map<String, String> env) {
    SfnClientBuilder builder = SfnClient.builder().httpClient(UrlConnectionHttpClient.create());
    String region = env.get("AWS_REGION");
    boolean hasRegion = region != null && !region.isBlank();
    if (hasRegion) {
      builder.region(Region.of(region.trim()));
    }
    Optional<URI> endpoint = Endpoints.of(Endpoints.STEP_FUNCTIONS, env);
    if (endpoint.isPresent()) {
      builder.endpointOverride(endpoint.get())
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("opsflow-local", "opsflow-local")));
      if (!hasRegion) {
        builder.region(Region.of(LOCAL_REGION));
      }
    }
    return builder.build();
  }
}
