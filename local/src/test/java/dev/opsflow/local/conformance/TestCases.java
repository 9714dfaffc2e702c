package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;

/** Hand-made corpus cases for the runner's tests, written as the corpus writes them. */
final class TestCases {
  private TestCases() {}

  /** A case JSON with a one-state Pass definition; tests set {@code expected} and the rest as needed. */
  static ObjectNode caseJson(String kind, String expectedJson) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("id", "hand-made#" + kind).put("kind", kind);
    json.set("definition", Json.parse("{\"StartAt\":\"Only\",\"States\":{\"Only\":{\"Type\":\"Pass\",\"End\":true}}}"));
    json.put("state_machine_type", "STANDARD");
    json.put("input_text", "{\"a\":1}");
    json.set("expected", Json.parse(expectedJson));
    json.put("expected_exact", true);
    json.putArray("expected_placeholders");
    json.putArray("features").add("state:Pass").add("querylanguage:JSONPath");
    json.putObject("lambda_functions");
    return json;
  }

  static ConformanceCase of(ObjectNode json) {
    return CaseLoader.fromJson(json, "hand-made.json");
  }

  static ConformanceCase execution(String expectedJson) {
    return of(caseJson("execution", expectedJson));
  }

  /** An execution case whose expected value holds placeholders {@code tokens}. */
  static ConformanceCase executionWithPlaceholders(String expectedJson, String... tokens) {
    ObjectNode json = caseJson("execution", expectedJson);
    json.put("expected_exact", false);
    for (String token : tokens) {
      json.withArray("expected_placeholders").add(token);
    }
    return of(json);
  }
}
