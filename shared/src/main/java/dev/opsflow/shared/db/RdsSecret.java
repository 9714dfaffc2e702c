package dev.opsflow.shared.db;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * The database credentials in an RDS-managed Secrets Manager secret, read with the AWS SDK. The only class of
 * {@code dev.opsflow.shared.db} that names the SDK: {@link AppDatabase} loads it only when
 * {@code OPSFLOW_DB_SECRET_ARN} is set, so a process without the (optional) SDK modules on its class path never
 * loads it.
 */
final class RdsSecret {
  /** The SDK module this class needs at run time, checked before it is loaded. */
  static final String CLIENT_CLASS = "software.amazon.awssdk.services.secretsmanager.SecretsManagerClient";

  static final String HTTP_CLIENT_CLASS = "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient";

  private RdsSecret() {}

  /**
   * Fetches the secret {@code secretArn} with a client built from {@code env} as Lambda sets it: {@code AWS_REGION};
   * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}/{@code AWS_SESSION_TOKEN} when present, otherwise the
   * SDK's default chain (SnapStart functions get container credentials instead); and
   * {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} when set (a VPC endpoint's name, or a test server). Each call of the
   * supplier fetches the secret again (its current version).
   */
  static Supplier<DatabaseCredentials> fromEnvironment(String secretArn, Map<String, String> env) {
    SecretsManagerClient client = client(env);
    return () -> fetch(client, secretArn);
  }

  /** The credentials in the current version of {@code secretArn}. */
  static DatabaseCredentials fetch(SecretsManagerClient client, String secretArn) {
    String secretString = client.getSecretValue(request -> request.secretId(secretArn)).secretString();
    try {
      return DatabaseCredentials.fromSecretJson(secretString);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Secret " + secretArn + ": " + e.getMessage(), e);
    }
  }

  static SecretsManagerClient client(Map<String, String> env) {
    SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(credentials(env));
    String region = env.get("AWS_REGION");
    if (region != null && !region.isBlank()) {
      builder.region(Region.of(region));
    }
    String endpoint = env.get("AWS_ENDPOINT_URL_SECRETS_MANAGER");
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(Map<String, String> env) {
    String keyId = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (keyId == null || keyId.isBlank() || secret == null) {
      return DefaultCredentialsProvider.builder().build();
    }
    String token = env.get("AWS_SESSION_TOKEN");
    AwsCredentials credentials = token == null || token.isBlank()
        ? AwsBasicCredentials.create(keyId, secret)
        : AwsSessionCredentials.create(keyId, secret, token);
    return StaticCredentialsProvider.create(credentials);
  }
}
