package dev.opsflow.shared.secrets;

import dev.opsflow.shared.json.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The AWS shape's secrets: one Secrets Manager secret per integration, named {@code <prefix><integration>}
 * ({@code opsflow/prod/stripe}), whose SecretString is the integration's JSON object of fields. Each function's
 * IAM role may read only its own integration's secret, so the scope {@link ScopedSecrets} checks in code is also
 * enforced by AWS. Values are cached for {@link #CACHE_TTL} (a rotated secret is picked up after that).
 *
 * <p>Needs {@code software.amazon.awssdk:secretsmanager} and {@code url-connection-client} on the classpath
 * (optional in {@code shared}: a function that reads secrets this way declares them).
 */
public final class AwsSecretsManagerSecrets implements SecretsPort {
  static final Duration CACHE_TTL = Duration.ofMinutes(5);

  private record Cached(IntegrationSecret secret, Instant until) {}

  private final SecretsManagerClient client;
  private final String prefix;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public AwsSecretsManagerSecrets(SecretsManagerClient client, String prefix, Clock clock) {
    this.client = client;
    this.prefix = prefix;
    this.clock = clock;
  }

  /**
   * From {@code OPSFLOW_SECRETS_PREFIX}, {@code AWS_REGION} and, for tests or a VPC endpoint, {@code
   * OPSFLOW_SECRETS_ENDPOINT}; credentials from the default chain (the function's role).
   */
  public static SecretsPort fromEnvironment(Map<String, String> env) {
    SecretsManagerClientBuilder builder =
        SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    String region = env.get("AWS_REGION");
    if (region != null && !region.isBlank()) {
      builder.region(Region.of(region));
    }
    String endpoint = env.get("OPSFLOW_SECRETS_ENDPOINT");
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return new AwsSecretsManagerSecrets(builder.build(), env.getOrDefault("OPSFLOW_SECRETS_PREFIX", "opsflow/"), Clock.systemUTC());
  }

  @Override
  public IntegrationSecret get(String integration) {
    Instant now = clock.instant();
    Cached cached = cache.get(integration);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.secret();
    }
    IntegrationSecret secret = fetch(integration);
    cache.put(integration, new Cached(secret, now.plus(CACHE_TTL)));
    return secret;
  }

  private IntegrationSecret fetch(String integration) {
    String name = prefix + integration;
    String text;
    try {
      text = client.getSecretValue(GetSecretValueRequest.builder().secretId(name).build()).secretString();
    } catch (ResourceNotFoundException e) {
      throw new SecretNotFoundException("Secrets Manager has no secret " + name, e);
    } catch (SdkException e) {
      throw new SecretNotFoundException("Could not read secret " + name + " from Secrets Manager: " + e.getClass().getSimpleName(), e);
    }
    if (text == null) {
      throw new SecretNotFoundException("Secret " + name + " has no SecretString");
    }
    try {
      return new IntegrationSecret(integration, FileSecrets.fields(name, integration, Json.parse(text)));
    } catch (IllegalArgumentException e) {
      throw new SecretNotFoundException("Secret " + name + " is not a JSON object of fields");
    }
  }
}
