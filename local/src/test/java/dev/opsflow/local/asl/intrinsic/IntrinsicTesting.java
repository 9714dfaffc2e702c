package dev.opsflow.local.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.path.PathContext;
import dev.opsflow.shared.json.Json;

/**
 * Shortcuts for the intrinsic tests: evaluate against a JSON input, compare JSON by value, expect
 * failures.
 */
final class IntrinsicTesting {
  private IntrinsicTesting() {}

  static JsonNode evaluate(String expression, String inputJson) {
    return IntrinsicFunctions.evaluate(expression, FakePathContext.of(inputJson));
  }

  static JsonNode evaluate(String expression) {
    return evaluate(expression, "{}");
  }

  /** Asserts that {@code actual} is the JSON {@code expectedJson}, numbers compared by value. */
  static void assertJson(JsonNode actual, String expectedJson) {
    JsonNode expected = Json.parse(expectedJson);
    assertThat(JsonValues.same(actual, expected))
        .as("expected %s but was %s", Json.write(expected), Json.write(actual))
        .isTrue();
  }

  static StatesException failure(String expression, String inputJson) {
    PathContext context = FakePathContext.of(inputJson);
    StatesException failure =
        catchThrowableOfType(
            StatesException.class, () -> IntrinsicFunctions.evaluate(expression, context));
    assertThat(failure).as("evaluating %s should fail", expression).isNotNull();
    return failure;
  }

  static StatesException failure(String expression) {
    return failure(expression, "{}");
  }
}
