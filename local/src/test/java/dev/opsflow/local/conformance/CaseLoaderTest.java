package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLoaderTest {

  @Test
  void corpusFields_areRead() {
    // GIVEN a case as the corpus writes it, with a raising Lambda function and no machine type
    ObjectNode json = TestCases.caseJson("execution", "{\"status\":\"SUCCEEDED\",\"output\":{}}");
    json.putNull("state_machine_type");
    json.putArray("history_event_types").add("ExecutionStarted");
    json.set("lambda_functions", Json.parse("{\"arn:aws:lambda:us-east-1:111111111111:function:f\":{\"name\":\"f\","
        + "\"source\":\"src\",\"behaviour\":{\"kind\":\"raise\",\"errorType\":\"Exception\",\"errorMessage\":\"m\"}}}"));

    // WHEN loaded
    ConformanceCase testCase = CaseLoader.fromJson(json, "f.json");

    // THEN
    assertThat(testCase.kind()).isEqualTo(CaseKind.EXECUTION);
    assertThat(testCase.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(testCase.inputText()).isEqualTo("{\"a\":1}");
    assertThat(testCase.definitionText()).startsWith("{\"StartAt\":\"Only\"");
    assertThat(testCase.historyEventTypes()).hasValue(java.util.List.of("ExecutionStarted"));
    assertThat(testCase.lambdaFunctions()).singleElement().satisfies(fn -> {
      assertThat(fn.functionArn()).endsWith(":function:f");
      assertThat(fn.behaviour()).isEqualTo(new LambdaBehaviour.Raise("Exception", "m"));
    });
  }

  @Test
  void textualDefinitionAndMissingInputText_areKeptAsSent() {
    // GIVEN an unparseable definition (sent as text) and only a parsed input
    ObjectNode json = TestCases.caseJson("validate_definition", "{\"result\":\"FAIL\"}");
    json.put("definition", "not a definition");
    json.remove("input_text");
    json.set("input", Json.parse("{\"n\":[1,\"x\"]}"));

    // WHEN
    ConformanceCase testCase = CaseLoader.fromJson(json, "v.json");

    // THEN
    assertThat(testCase.definitionText()).isEqualTo("not a definition");
    assertThat(testCase.inputText()).isEqualTo("{\"n\":[1,\"x\"]}");
  }

  @Test
  void corpusRootOrCasesDirectory_bothLoadSorted(@TempDir Path root) throws IOException {
    // GIVEN a corpus root with two case files and a non-case file
    Path cases = Files.createDirectories(root.resolve("cases"));
    Files.writeString(cases.resolve("b.json"), Json.write(TestCases.caseJson("execution", "{\"status\":\"FAILED\"}")));
    Files.writeString(cases.resolve("a.json"), Json.write(TestCases.caseJson("test_state", "{}")));
    Files.writeString(cases.resolve("README.md"), "x");

    // WHEN / THEN
    assertThat(CaseLoader.loadAll(root)).extracting(ConformanceCase::fileName).containsExactly("a.json", "b.json");
    assertThat(CaseLoader.loadAll(cases)).hasSize(2);
  }

  @Test
  void malformedFile_failsWithItsName(@TempDir Path dir) throws IOException {
    // GIVEN / WHEN / THEN
    Files.writeString(dir.resolve("bad.json"), "{\"kind\":\"execution\"}");
    assertThatThrownBy(() -> CaseLoader.loadAll(dir)).hasMessageContaining("bad.json").hasMessageContaining("'id'");
  }
}
