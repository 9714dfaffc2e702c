package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Field templates, bindings and results copied from AWS-recorded executions (LocalStack's snapshot tests run
 * against AWS); the source test is named in each case.
 */
class JsonataRecordedCasesTest {
  private final JsonataEvaluator evaluator = new JsonataEvaluator();

  static Stream<Arguments> recordedCases() {
    return Stream.of(
        Arguments.of(
            "outputdecl BASE_EXPR",
            "{\"ja_states_input\":\"{% $states.input %}\",\"ja_var_access\":\"{% $var_input_value %}\","
                + "\"ja_expr\":\"{% $sum($states.input.input_values) + $var_constant_1 %}\"}",
            "{\"input\":{\"input_value\":\"string literal\",\"input_values\":[1,2,3]}}",
            "{\"var_input_value\":\"string literal\",\"var_constant_1\":1}",
            "{\"ja_states_input\":{\"input_value\":\"string literal\",\"input_values\":[1,2,3]},"
                + "\"ja_var_access\":\"string literal\",\"ja_expr\":7}"),
        Arguments.of(
            "outputdecl BASE_DIRECT_EXPR",
            "\"{% $sum($states.input.input_values) + $var_constant_1 %}\"",
            "{\"input\":{\"input_value\":\"string literal\",\"input_values\":[1,2,3]}}",
            "{\"var_constant_1\":1}",
            "7"),
        Arguments.of(
            "outputdecl BASE_LAMBDA Output",
            "{\"ja_var_access\":\"{% $var_input_value %}\",\"ja_states_result\":\"{% $states.result %}\","
                + "\"ja_states_result_access\":\"{% $states.result.ja_expr %}\"}",
            "{\"input\":{},\"result\":{\"ja_states_input\":{},\"ja_var_access\":\"string literal\",\"ja_expr\":7}}",
            "{\"var_input_value\":\"string literal\"}",
            "{\"ja_var_access\":\"string literal\",\"ja_states_result\":{\"ja_states_input\":{},"
                + "\"ja_var_access\":\"string literal\",\"ja_expr\":7},\"ja_states_result_access\":7}"),
        Arguments.of(
            "merge_with_dynamic_args",
            "\"{% $merge([$states.input.part1, $states.input.part2]) %}\"",
            "{\"input\":{\"part1\":{\"hello\":\"world\"},\"part2\":{\"foo\":\"bar\"}}}",
            "{}",
            "{\"hello\":\"world\",\"foo\":\"bar\"}"),
        Arguments.of(
            "test_state MAP_TASK_STATE below_tolerated_failure",
            "{\"result\":\"{% $map($states.result, function($v) { $v = 1 ? 'pass' : 'failed' }) %}\","
                + "\"successCount\":\"{% $count($states.result[$ = 1]) %}\","
                + "\"failedCount\":\"{% $count($states.result[$ = 0]) %}\"}",
            "{\"input\":{\"Values\":[\"first\",\"second\",\"third\"]},\"result\":[1,1,1]}",
            "{}",
            "{\"result\":[\"pass\",\"pass\",\"pass\"],\"successCount\":3,\"failedCount\":0}"),
        Arguments.of(
            "error_output catch Output",
            "{\"stateInput\":\"{% $states.input %}\",\"stateError\":\"{% $states.errorOutput %}\"}",
            "{\"input\":{\"a\":1},\"errorOutput\":{\"Error\":\"Exception\",\"Cause\":\"boom\"}}",
            "{}",
            "{\"stateInput\":{\"a\":1},\"stateError\":{\"Error\":\"Exception\",\"Cause\":\"boom\"}}"),
        Arguments.of(
            "mixed_query_language dataflow Arguments",
            "{\"FunctionName\":\"{% $states.input.functionName %}\",\"Payload\":{\"theQuestion\":"
                + "\"{% $states.input.enigma.mystery.riddle %}\",\"theAnswer\":\"{% $answer %}\"}}",
            "{\"input\":{\"functionName\":\"fn\",\"enigma\":{\"mystery\":{\"riddle\":\"What?\"}}}}",
            "{\"answer\":42}",
            "{\"FunctionName\":\"fn\",\"Payload\":{\"theQuestion\":\"What?\",\"theAnswer\":42}}"),
        Arguments.of(
            "map items_eval literal array",
            "\"{% [1, 'two', 3] %}\"",
            "{\"input\":{}}",
            "{}",
            "[1,\"two\",3]"),
        Arguments.of(
            "map context item value",
            "\"{% $states.context.Map.Item.Value %}\"",
            "{\"input\":{},\"context\":{\"Map\":{\"Item\":{\"Index\":0,\"Value\":{\"k\":[1]}}}}}",
            "{}",
            "{\"k\":[1]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedCases")
  void recordedTemplate_evaluatesAsAws(
      String source, String template, String states, String variables, String expected) {
    // GIVEN a recorded template with its $states and variables
    Map<String, JsonNode> vars = new LinkedHashMap<>();
    json(variables).properties().forEach(entry -> vars.put(entry.getKey(), entry.getValue()));
    JsonataBindings bindings = new JsonataBindings((ObjectNode) json(states), vars);

    // WHEN evaluated
    JsonNode result = evaluator.evaluate("Output", json(template), bindings);

    // THEN AWS's recorded value comes out, byte for byte
    assertThat(Json.write(result)).as(source).isEqualTo(Json.write(json(expected)));
  }
}
