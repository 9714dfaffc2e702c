package dev.opsflow.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {
  @Test
  void from_emptyEnvironment_isEmbeddedUnderDotOpsflow() {
    // GIVEN no database variables
    // WHEN settings are read
    PostgresSettings settings = PostgresSettings.from(Map.of());

    // THEN the embedded server is used, in .opsflow/data, as its superuser, on any free port
    assertThat(settings.isEmbedded()).isTrue();
    assertThat(settings.dataDirectory()).isEqualTo(Path.of(".opsflow/data"));
    assertThat(settings.user()).isEqualTo("postgres");
    assertThat(settings.password()).isNull();
    assertThat(settings.port()).isZero();
    assertThat(settings.poolSize()).isEqualTo(PostgresSettings.DEFAULT_POOL_SIZE);
  }

  @Test
  void from_externalServer_readsUrlCredentialsAndPool() {
    // GIVEN variables naming an external server
    Map<String, String> env =
        Map.of(
            "OPSFLOW_DB_URL", "jdbc:postgresql://db:5432/opsflow",
            "OPSFLOW_DB_USER", "app",
            "OPSFLOW_DB_PASSWORD", "s3cret",
            "OPSFLOW_DB_POOL_SIZE", "4");

    // WHEN settings are read
    PostgresSettings settings = PostgresSettings.from(env);

    // THEN they point at it
    assertThat(settings.isEmbedded()).isFalse();
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/opsflow");
    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("s3cret");
    assertThat(settings.poolSize()).isEqualTo(4);
  }

  @Test
  void toString_masksPasswordsInFieldsAndUrl() {
    // GIVEN settings with a password and a URL carrying one
    PostgresSettings settings =
        PostgresSettings.from(
            Map.of("OPSFLOW_DB_URL", "jdbc:postgresql://db/opsflow?user=app&password=url-secret&ssl=true", "OPSFLOW_DB_PASSWORD", "s3cret"));

    // WHEN they are printed
    String text = settings.toString();

    // THEN neither secret shows
    assertThat(text).doesNotContain("s3cret").doesNotContain("url-secret").contains("password=****").contains("ssl=true");
  }

  @Test
  void from_badNumbers_failWithTheVariableName() {
    assertThatThrownBy(() -> PostgresSettings.from(Map.of("OPSFLOW_DB_PORT", "abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPSFLOW_DB_PORT");
    assertThatThrownBy(() -> PostgresSettings.from(Map.of("OPSFLOW_DB_POOL_SIZE", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPSFLOW_DB_POOL_SIZE");
  }
}
