package dev.opsflow.shared.db;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool a Lambda opens from tofu's environment: the credentials come from the RDS-managed secret, read by the
 * real Secrets Manager client (JSON 1.1 over HTTP, SigV4-signed) from WireMock, and the real test database,
 * where the role authenticates with its password, accepts them.
 */
class AppDatabaseTest {
  private static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0a1b2c3d-AbCdEf";
  private static final String ROLE = "opsflow_secret_user";
  private static WireMockServer aws;
  private static PasswordRole role;

  @BeforeAll
  static void start() {
    aws = new WireMockServer(options().dynamicPort());
    aws.start();
    role = PasswordRole.create(ROLE, "first-Password-1");
  }

  @AfterAll
  static void stop() throws IOException {
    aws.stop();
    role.close();
  }

  @BeforeEach
  void reset() {
    aws.resetAll();
    role.changePassword("first-Password-1");
  }

  @Test
  void secretArn_poolConnectsWithTheSecretsCredentials_andNotTheEnvironments() throws SQLException {
    // GIVEN Secrets Manager holds the RDS secret of the role, and the environment also has a wrong password
    aws.stubFor(getSecretValue().willReturn(secret(ROLE, "first-Password-1")));
    Map<String, String> env = lambdaEnvironment();
    env.put("OPSFLOW_DB_USER", ROLE);
    env.put("OPSFLOW_DB_PASSWORD", "not-the-password");

    // WHEN the pool is opened from the environment and a connection is taken
    try (HikariDataSource pool = AppDatabase.fromEnvironment(env)) {
      // THEN the database accepted the secret's credentials
      assertThat(currentUser(pool)).isEqualTo(ROLE);
    }
    // AND the SDK asked for the secret by its ARN, signed with the function's credentials
    aws.verify(postRequestedFor(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
        .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/us-east-1/secretsmanager/aws4_request.*"))
        .withHeader("X-Amz-Security-Token", equalTo("session-token"))
        .withRequestBody(equalToJson("{\"SecretId\":\"" + SECRET_ARN + "\"}")));
  }

  @Test
  void wrongPasswordInTheSecret_isRefusedByTheDatabase() {
    // GIVEN the secret holds a password the role does not have
    aws.stubFor(getSecretValue().willReturn(secret(ROLE, "stale-Password-0")));

    // WHEN the pool is opened THEN the database refuses it (so the first test's password really was checked)
    assertThatThrownBy(() -> AppDatabase.fromEnvironment(lambdaEnvironment()).close())
        .hasStackTraceContaining("password authentication failed for user \"" + ROLE + "\"");
  }

  @Test
  void rotatedPassword_isFetchedAgain_whenTheDatabaseRefusesTheOldOne() throws SQLException {
    // GIVEN a pool that connected with the first password, and then RDS rotated it
    aws.stubFor(getSecretValue().inScenario("rotation").whenScenarioStateIs(STARTED)
        .willReturn(secret(ROLE, "first-Password-1")).willSetStateTo("rotated"));
    aws.stubFor(getSecretValue().inScenario("rotation").whenScenarioStateIs("rotated")
        .willReturn(secret(ROLE, "second-Password-2")));
    try (HikariDataSource pool = AppDatabase.fromEnvironment(lambdaEnvironment())) {
      assertThat(currentUser(pool)).isEqualTo(ROLE);
      role.changePassword("second-Password-2");

      // WHEN the pooled connections are gone and a new one is needed
      pool.getHikariPoolMXBean().softEvictConnections();
      String user = currentUser(pool);

      // THEN it connected with the secret's new version, fetched once more
      assertThat(user).isEqualTo(ROLE);
      aws.verify(2, postRequestedFor(urlEqualTo("/")));
    }
  }

  @Test
  void noSecretArn_usesTheUserAndPasswordOfTheEnvironment() throws SQLException {
    // GIVEN a database outside AWS: user and password in the environment, no secret
    Map<String, String> env = Map.of("OPSFLOW_DB_URL", role.jdbcUrl, "OPSFLOW_DB_USER", ROLE, "OPSFLOW_DB_PASSWORD", "first-Password-1");

    // WHEN the pool is opened THEN it connects without asking Secrets Manager
    try (HikariDataSource pool = AppDatabase.fromEnvironment(env)) {
      assertThat(currentUser(pool)).isEqualTo(ROLE);
    }
    aws.verify(0, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void missingSecret_failsNamingIt() {
    // GIVEN Secrets Manager does not know the secret
    aws.stubFor(getSecretValue().willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
        .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}")));

    // WHEN the pool is opened THEN Secrets Manager's error is what the caller sees
    assertThatThrownBy(() -> AppDatabase.fromEnvironment(lambdaEnvironment()).close())
        .hasStackTraceContaining("ResourceNotFoundException")
        .hasStackTraceContaining("Secrets Manager can't find the specified secret.");
  }

  @Test
  void credentials_areTheSecrets_forAProcessWithItsOwnPool() {
    // GIVEN Secrets Manager holds the RDS secret of the role
    aws.stubFor(getSecretValue().willReturn(secret(ROLE, "first-Password-1")));

    // WHEN a process asks for the credentials the environment names
    DatabaseCredentials credentials = AppDatabase.credentials(lambdaEnvironment());

    // THEN it gets the secret's, masked when printed
    assertThat(credentials).isEqualTo(new DatabaseCredentials(ROLE, "first-Password-1"));
    assertThat(credentials.toString()).doesNotContain("first-Password-1");
  }

  @Test
  void noUrl_isRefused() {
    // GIVEN an environment without OPSFLOW_DB_URL WHEN / THEN opening says what is missing
    assertThatThrownBy(() -> AppDatabase.fromEnvironment(Map.of("OPSFLOW_DB_SECRET_ARN", SECRET_ARN)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPSFLOW_DB_URL is not set");
  }

  /** What Lambda and tofu set: the URL and secret ARN, region and credentials, and the endpoint (WireMock here). */
  private static Map<String, String> lambdaEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("OPSFLOW_DB_URL", role.jdbcUrl);
    env.put("OPSFLOW_DB_SECRET_ARN", SECRET_ARN);
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    env.put("AWS_SECRET_ACCESS_KEY", "secret");
    env.put("AWS_SESSION_TOKEN", "session-token");
    env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", aws.baseUrl());
    return env;
  }

  private static MappingBuilder getSecretValue() {
    return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"));
  }

  /** GetSecretValue's answer for an RDS-managed master user secret. */
  private static ResponseDefinitionBuilder secret(String username, String password) {
    String secretString = "{\\\"username\\\":\\\"" + username + "\\\",\\\"password\\\":\\\"" + password + "\\\"}";
    return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
        {"ARN":"%s","Name":"rds!db-0a1b2c3d","SecretString":"%s",
         "VersionId":"b9c2e8a1-0000-4000-8000-000000000001","VersionStages":["AWSCURRENT"],"CreatedDate":1.7636e9}"""
        .formatted(SECRET_ARN, secretString));
  }

  private static String currentUser(HikariDataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_user")) {
      row.next();
      return row.getString(1);
    }
  }
}
