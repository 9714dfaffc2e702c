package dev.opsflow.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.intake.Urgency;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path temp;

  @Test
  void shippedConfig_validatesAndBuildsEveryRecord() {
    // GIVEN the repository's config directory
    // WHEN it is loaded
    IntakeConfig config = ConfigLoader.fromDirectory(ConfigFixtures.shippedDir());

    // THEN every file is there, typed
    assertThat(config.questionFlow().issueTypes()).containsOnlyKeys("plumbing", "hvac", "electrical", "appliance");
    assertThat(config.questionFlow().fieldsFor("hvac")).extracting(FieldSpec::name)
        .contains("customer_name", "phone", "email", "address", "preferred_time", "description", "system_type");
    assertThat(config.triage().issueTypes()).containsOnlyKeys(config.questionFlow().issueTypes().keySet());
    assertThat(config.triage().urgencyCues().get(Urgency.EMERGENCY).cues()).contains("gas smell");
    assertThat(config.notifications().businessHours().zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(config.notifications().businessHours().weekly().get(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(config.notifications().sla().get(Urgency.EMERGENCY).clock()).isEqualTo(Sla.Clock.ALWAYS);
    assertThat(config.notifications().events()).containsOnlyKeys(NotificationEvent.values());
    assertThat(config.crmMapping().contact()).extracting(CrmMapping.FieldMapping::field).contains("phone", "email");
    assertThat(config.approvalPolicy().rules()).extracting(ApprovalPolicy.Rule::id)
        .contains("emergency", "promises-time", "names-price", "low-match-confidence");
  }

  @Test
  void classpathFolder_loadsTheSameConfigAsTheDirectory() throws Exception {
    // GIVEN the config copied under opsflow-config/ on a class path, as a Lambda artifact carries it
    ConfigFixtures.copyShipped(temp.resolve(ConfigLoader.CLASSPATH_ROOT));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
      // WHEN it is loaded from the class path
      IntakeConfig fromClasspath = ConfigLoader.load(ConfigSource.classpath(loader, ConfigLoader.CLASSPATH_ROOT));

      // THEN it equals the directory's
      assertThat(fromClasspath).isEqualTo(ConfigFixtures.shipped());
    }
  }

  @Test
  void environmentVariable_choosesTheDirectory() {
    // GIVEN OPSFLOW_CONFIG_DIR names a copy whose version was changed
    Path dir = ConfigFixtures.copyShipped(temp.resolve("cfg"));
    ConfigFixtures.edit(dir, "triage.json", root -> root.put("version", "from-env"));

    // WHEN loaded from the environment
    IntakeConfig config = ConfigLoader.fromEnvironment(Map.of(ConfigLoader.CONFIG_DIR_ENV, dir.toString()));

    // THEN the copy was read
    assertThat(config.triage().version()).isEqualTo("from-env");
  }

  @Test
  void missingFile_namesTheFile() throws Exception {
    // GIVEN a config copy without its approval policy
    Path dir = ConfigFixtures.copyShipped(temp.resolve("cfg"));
    Files.delete(dir.resolve("approval-policy.json"));

    // WHEN loaded THEN the error names the missing file
    assertThatThrownBy(() -> ConfigLoader.fromDirectory(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(dir.resolve("approval-policy.json") + " at $: file not found");
  }

  @Test
  void invalidJson_namesLineAndColumn() {
    // GIVEN a triage file with a syntax error on line 2
    Path dir = ConfigFixtures.copyShipped(temp.resolve("cfg"));
    ConfigFixtures.write(dir, "triage.json", "{\n  \"version\": \"1\",,\n}");

    // WHEN loaded THEN the error names the file and where the syntax breaks
    assertThatThrownBy(() -> ConfigLoader.fromDirectory(dir))
        .hasMessageContaining("triage.json at $: not valid JSON (line 2, column 18)");
  }

  @Test
  void duplicateKey_isRejected() {
    // GIVEN an approval policy with "version" written twice (an edit could silently lose one)
    Path dir = ConfigFixtures.copyShipped(temp.resolve("cfg"));
    ConfigFixtures.write(dir, "approval-policy.json", "{\"version\": \"1\", \"version\": \"2\", \"rules\": []}");

    // WHEN loaded THEN the duplicate is reported
    assertThatThrownBy(() -> ConfigLoader.fromDirectory(dir))
        .hasMessageContaining("approval-policy.json at $: not valid JSON")
        .hasMessageContaining("Duplicate field 'version'");
  }

  @Test
  void agentFile_validatedAgainstAgentsSchema() {
    // GIVEN one valid agent and one without a model
    Path dir = ConfigFixtures.copyShipped(temp.resolve("cfg"));
    ConfigFixtures.write(dir, "agents/classify.json", """
        {"id": "classify", "version": "1", "instructions": "Classify the message.", "constraints": ["grounded"],
         "output_schema": {"type": "object"},
         "model": {"provider": "bedrock", "model_id": "anthropic.claude-x", "max_tokens": 800, "temperature": 0}}
        """);
    ConfigFixtures.write(dir, "agents/draft.json", """
        {"id": "draft", "version": "1", "instructions": "Draft.", "constraints": [], "output_schema": {"type": "object"}}
        """);
    ConfigSource source = ConfigSource.directory(dir);

    // WHEN each is loaded THEN the valid one is returned and the other names file, path and problem
    assertThat(ConfigLoader.loadAgent(source, "classify").path("model").path("max_tokens").asInt()).isEqualTo(800);
    assertThatThrownBy(() -> ConfigLoader.loadAgent(source, "draft"))
        .hasMessageContaining(dir.resolve("agents/draft.json") + " at $: required property 'model' not found");
  }
}
