package dev.opsflow.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the RDS-managed secret's JSON: its user name and password, and errors that never quote it. */
class DatabaseCredentialsTest {
  @Test
  void rdsSecret_givesUserAndPassword() {
    // GIVEN the SecretString of an RDS-managed master user secret
    String secret = "{\"username\":\"opsflow\",\"password\":\"p@ss\\\"word\",\"engine\":\"postgres\",\"host\":\"db\",\"port\":5432}";

    // WHEN it is read THEN the user name and password are its own
    assertThat(DatabaseCredentials.fromSecretJson(secret)).isEqualTo(new DatabaseCredentials("opsflow", "p@ss\"word"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"not json s3cr3t", "[1]", "{\"username\":\"opsflow\"}", "{\"password\":\"s3cr3t\"}", "{\"username\":\"\",\"password\":\"s3cr3t\"}"})
  void malformedSecret_isRefused_withoutQuotingIt(String secret) {
    // GIVEN a secret that lacks a member or is not JSON WHEN it is read THEN the error says what is wrong, not the secret
    assertThatThrownBy(() -> DatabaseCredentials.fromSecretJson(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("s3cr3t");
  }
}
