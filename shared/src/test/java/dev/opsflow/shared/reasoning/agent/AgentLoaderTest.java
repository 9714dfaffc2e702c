package dev.opsflow.shared.reasoning.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.config.ConfigException;
import dev.opsflow.shared.config.ConfigSource;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLoaderTest {

  @Test
  void shippedAgents_loadAndDescribeTheirModel() {
    // GIVEN the repository's config/agents
    // WHEN both agents are loaded
    Agents agents = Agents.load(RepoPaths.config());

    // THEN each has a version, a Bedrock model and an output schema that accepts a valid answer
    assertThat(agents.classifyExtract().version()).isNotBlank();
    assertThat(agents.classifyExtract().model().provider()).isEqualTo("bedrock");
    assertThat(agents.classifyExtract().systemPrompt()).contains("Constraints:", "1. ");
    assertThat(agents.draftConfirmation().outputSchema().problems(Json.parse("{\"subject\":\"s\",\"body\":\"b\"}"))).isEmpty();
  }

  @Test
  void outputSchemaThatIsNoSchema_failsAtLoad(@TempDir Path dir) throws IOException {
    // GIVEN an agent whose output schema uses a keyword value JSON Schema forbids
    Path agents = Files.createDirectories(dir.resolve("agents"));
    Files.createDirectories(dir.resolve("schemas"));
    Files.copy(RepoPaths.config().resolve("schemas/agents.schema.json"), dir.resolve("schemas/agents.schema.json"));
    String good = Files.readString(RepoPaths.config().resolve("agents/draft-confirmation.json"));
    Files.writeString(agents.resolve("draft-confirmation.json"),
        good.replace("\"required\": [\"subject\", \"body\"]", "\"required\": \"subject\""));

    // WHEN it is loaded
    // THEN the error points at the output schema
    assertThatThrownBy(() -> AgentLoader.load(ConfigSource.directory(dir), "draft-confirmation"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("output_schema");
  }

  @Test
  void outputSchema_reportsPathAndProblem() {
    // GIVEN the classify-extract schema and an answer with a wrong urgency and a field without evidence
    OutputSchema schema = Agents.load(RepoPaths.config()).classifyExtract().outputSchema();

    // WHEN the answer is validated
    var problems = schema.problems(Json.parse(
        "{\"is_service_request\":true,\"issue_type\":\"hvac\",\"urgency\":\"soon\",\"fields\":{\"phone\":{\"value\":\"x\"}}}"));

    // THEN each problem names where it is
    assertThat(problems).anyMatch(p -> p.contains("urgency")).anyMatch(p -> p.contains("phone"));
  }

  @Test
  void badAgentFile_failsWithFilePathAndProblem(@TempDir Path dir) throws IOException {
    // GIVEN a config directory whose drafting agent has a temperature out of range
    Path agents = Files.createDirectories(dir.resolve("agents"));
    Files.createDirectories(dir.resolve("schemas"));
    Files.copy(RepoPaths.config().resolve("schemas/agents.schema.json"), dir.resolve("schemas/agents.schema.json"));
    String good = Files.readString(RepoPaths.config().resolve("agents/draft-confirmation.json"));
    Files.writeString(agents.resolve("draft-confirmation.json"), good.replaceFirst("\"temperature\": [0-9.]+", "\"temperature\": 3"));

    // WHEN it is loaded
    // THEN the error names the file, the path in it and the problem
    assertThatThrownBy(() -> AgentLoader.load(ConfigSource.directory(dir), "draft-confirmation"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("draft-confirmation.json")
        .hasMessageContaining("temperature");
  }
}
