package dev.opsflow.shared.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager's GetSecretValue (AWS JSON 1.1) served by WireMock, called by the real AWS SDK client. */
class AwsSecretsManagerSecretsTest {
  WireMockServer server;
  SecretsManagerClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    client =
        SecretsManagerClient.builder()
            .endpointOverride(URI.create(server.baseUrl()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "test-secret-key")))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void get_readsTheIntegrationsSecretOnce_andCachesIt() {
    // GIVEN Secrets Manager holding opsflow/prod/stripe
    server.stubFor(post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
        .withRequestBody(equalToJson("{\"SecretId\": \"opsflow/prod/stripe\"}"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
            {"ARN": "arn:aws:secretsmanager:us-east-1:111111111111:secret:opsflow/prod/stripe-AbCdEf",
             "Name": "opsflow/prod/stripe", "VersionId": "v1", "VersionStages": ["AWSCURRENT"],
             "SecretString": "{\\"api_key\\": \\"sk_live_from_aws_123456\\"}", "CreatedDate": 1.7637E9}""")));
    SecretsPort secrets = new AwsSecretsManagerSecrets(client, "opsflow/prod/", Clock.systemUTC());

    // WHEN the Stripe secret is read twice
    IntegrationSecret first = secrets.get("stripe");
    IntegrationSecret second = secrets.get("stripe");

    // THEN it has the key, and Secrets Manager was asked once
    assertThat(first.require("api_key")).isEqualTo("sk_live_from_aws_123456");
    assertThat(second).isEqualTo(first);
    server.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void missingSecret_isSecretNotFound() {
    // GIVEN Secrets Manager without the secret
    server.stubFor(post(urlEqualTo("/"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
            .withBody("{\"__type\": \"ResourceNotFoundException\", \"Message\": \"Secrets Manager can't find the specified secret.\"}")));
    SecretsPort secrets = new AwsSecretsManagerSecrets(client, "opsflow/prod/", Clock.systemUTC());

    // WHEN / THEN reading it fails naming the secret
    assertThatThrownBy(() -> secrets.get("asana")).isInstanceOf(SecretNotFoundException.class).hasMessageContaining("opsflow/prod/asana");
  }

  @Test
  void prefixInTheEnvironment_selectsSecretsManager_byTheAdaptersName() {
    // GIVEN an environment naming Secrets Manager, at the WireMock endpoint, with static credentials
    server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
        .withBody("{\"Name\": \"opsflow/dev/slack\", \"SecretString\": \"{\\\"bot_token\\\": \\\"xoxb-aws-123456\\\"}\"}")));
    System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
    System.setProperty("aws.secretAccessKey", "test-secret-key");
    try {
      SecretsPort secrets =
          Secrets.scoped(java.util.Map.of("OPSFLOW_SECRETS_PREFIX", "opsflow/dev/", "AWS_REGION", "us-east-1", "OPSFLOW_SECRETS_ENDPOINT", server.baseUrl()), "slack");

      // WHEN the Slack secret is read
      // THEN it came from Secrets Manager under the prefix
      assertThat(secrets.get("slack").require("bot_token")).isEqualTo("xoxb-aws-123456");
      server.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("{\"SecretId\": \"opsflow/dev/slack\"}")));
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }
}
