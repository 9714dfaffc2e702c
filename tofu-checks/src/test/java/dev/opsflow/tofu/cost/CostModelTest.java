package dev.opsflow.tofu.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.tofu.checks.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bill of a tiny repository: paths pinned at a Choice, and each agent call priced at its agent's model. */
class CostModelTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path REPO = Path.of(System.getProperty("opsflow.repo.dir", "..")).toAbsolutePath().normalize();
  private static final String MACHINE = """
      {"StartAt": "Classify", "States": {
        "Classify": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Arguments": {"FunctionName": "${classify_text_function_arn}"}, "Next": "IsRequest"},
        "IsRequest": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": "Draft"}], "Default": "Done"},
        "Draft": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": {"FunctionName": "${draft_reply_function_arn}"}, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;

  @TempDir Path repo;

  @Test
  void agentCalls_arePricedAtTheModelTheirAgentNames() throws IOException {
    // GIVEN two Bedrock functions: one whose agent names a priced model, one priced by the defaults
    write("functions/manifest.json", """
        {"functions": [{"name": "classify-text", "handler": "x.A", "memoryMb": 256, "access": ["bedrock"]},
                       {"name": "draft-reply", "handler": "x.B", "memoryMb": 256, "access": ["bedrock"]}]}""");
    write("config/agents/classifier.json", "{\"model\": {\"model_id\": \"cheap.model-v1:0\"}}");
    write("statemachines/demo.asl.json", MACHINE);
    CostModel model = model("""
        {"processes": {"demo": {"executionsPerRequest": 1, "paths": {"all": {"share": 1, "choices": {"IsRequest": "Draft"}}}}},
         "agents": {"classify-text": {"agent": "classifier", "input": 1000, "output": 100}},
         "bedrockTokensPerCall": {"input": 2000, "output": 200}}""");

    // WHEN the bill of 1,000 requests is made
    List<CostModel.Line> bill = model.bill(1000, devVariant());

    // THEN the pinned path has 4 transitions, and Bedrock is 1,000 calls at the cheap model plus 1,000 at the defaults
    assertThat(model.profiles().getFirst().transitions()).isEqualTo(4);
    double cheap = 1000 * (1000 * 0.10 + 100 * 0.40) / 1e6;
    JsonNode prices = prices().path("prices");
    double defaults = 1000 * (2000 * prices.path("bedrock_input_per_1m_tokens").path("usd").asDouble()
        + 200 * prices.path("bedrock_output_per_1m_tokens").path("usd").asDouble()) / 1e6;
    assertThat(line(bill, "Bedrock").usd()).isCloseTo(cheap + defaults, offset(1e-9));
    assertThat(line(bill, "Step Functions").usd())
        .isCloseTo(4 * prices.path("stepfunctions_standard_per_1k_transitions").path("usd").asDouble(), offset(1e-9));
  }

  @Test
  void agentModelWithoutPrices_isRefused() throws IOException {
    // GIVEN an agent whose model the pricing file does not list
    write("functions/manifest.json", "{\"functions\": [{\"name\": \"classify-text\", \"handler\": \"x.A\", \"access\": [\"bedrock\"]}]}");
    write("config/agents/classifier.json", "{\"model\": {\"model_id\": \"unpriced.model-v9:0\"}}");
    write("statemachines/demo.asl.json", MACHINE);
    CostModel model = model("""
        {"processes": {"demo": {"executionsPerRequest": 1, "paths": {"all": {"share": 1}}}},
         "agents": {"classify-text": {"agent": "classifier", "input": 1, "output": 1}}}""");

    // WHEN / THEN the bill names the model instead of pricing it at a guess
    assertThatThrownBy(() -> model.bill(1000, devVariant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpriced.model-v9:0");
  }

  private CostModel model(String params) throws IOException {
    return new CostModel(new Repository(repo), prices(), MAPPER.readTree(params));
  }

  /** The repository's dated prices, plus a cheap test model. */
  private static JsonNode prices() throws IOException {
    ObjectNode prices = (ObjectNode) MAPPER.readTree(REPO.resolve("tofu/pricing/us-east-1-2026-11.json").toFile());
    ((ObjectNode) prices.get("bedrock_models")).set("cheap.model-v1:0", MAPPER.readTree("{\"input_per_1m_tokens\": 0.10, \"output_per_1m_tokens\": 0.40}"));
    return prices;
  }

  private static JsonNode devVariant() throws IOException {
    return MAPPER.readTree(REPO.resolve("tofu/pricing/cost-model.json").toFile()).path("variants").properties().iterator().next().getValue();
  }

  private static CostModel.Line line(List<CostModel.Line> bill, String prefix) {
    return bill.stream().filter(l -> l.item().startsWith(prefix)).findFirst().orElseThrow();
  }

  private void write(String path, String content) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
