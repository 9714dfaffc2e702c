package dev.opsflow.local.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataContextTest {
  private static final JsonNode INPUT =
      Json.parse(
          """
          {"a": {"b": 1}, "nothing": null, "items": [{"v": 1}, {"v": 2}, {"v": 3}],
           "dash-key": "d", "Test\\\\\\"\\"Name\\"": "escaped"}
          """);
  private static final JsonNode CONTEXT =
      Json.parse(
          "{\"Execution\": {\"Id\": \"arn:exec\", \"Input\": {\"x\": 1}}, \"State\": {\"Name\":"
              + " \"S\"}}");
  private static final Map<String, JsonNode> VARIABLES =
      Map.of("answer", Json.parse("42"), "obj", Json.parse("{\"list\": [\"p\", \"q\"]}"));

  private final DataContext ctx = new DataContext(INPUT, CONTEXT, VARIABLES::get);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$.a.b | 1",
        "$.a | {\"b\":1}",
        "$['a']['b'] | 1",
        "$.nothing | null",
        "$.dash-key | \"d\"",
        "$.items[0] | {\"v\":1}",
        "$.items[-1] | {\"v\":3}",
        "$.items[*].v | [1,2,3]",
        "$.items[1:] | [{\"v\":2},{\"v\":3}]",
        "$.items[:1].v | [1]",
        "$.items[?(@.v > 1)].v | [2,3]",
        "$..b | [1]",
        "$$ | {\"Execution\":{\"Id\":\"arn:exec\",\"Input\":{\"x\":1}},\"State\":{\"Name\":\"S\"}}",
        "$$.Execution.Id | \"arn:exec\"",
        "$$.Execution.Input.x | 1",
        "$answer | 42",
        "$obj.list | [\"p\",\"q\"]",
        "$obj.list[1] | \"q\"",
        "$obj.list[*] | [\"p\",\"q\"]",
      })
  void path_resolvesLikeAws(String path, String expectedJson) {
    // GIVEN the input, context object and variables above
    // WHEN
    JsonNode value = ctx.resolve(path);
    // THEN
    assertThat(value).isEqualTo(Json.parse(expectedJson));
  }

  @Test
  void dollar_returnsWholeInput() {
    // GIVEN / WHEN
    JsonNode value = ctx.resolve("$");
    // THEN
    assertThat(value).isEqualTo(INPUT);
  }

  @ParameterizedTest(name = "{0} on {1} -> []")
  @CsvSource(
      delimiter = '|',
      value = {
        "$.items[*] | {}",
        "$.items[1:] | {}",
        "$.item.items[1:5].itemValue | {}",
        "$[*] | {}",
        "$.a.b[*] | {\"a\": {\"b\": 5}}",
        "$.a[?(@.v > 1)] | {\"a\": [{\"v\": 1}]}",
      })
  void indefinitePathWithNothingToMatch_isEmptyArray(String path, String input) {
    // GIVEN an input without the path's parents or matches
    DataContext empty = new DataContext(Json.parse(input), CONTEXT, name -> null);
    // WHEN
    JsonNode value = empty.resolve(path);
    // THEN
    assertThat(value).isEqualTo(Json.parse("[]"));
  }

  @Test
  void quotedNameWithBackslash_matchesKeyLiterally() {
    // GIVEN a key containing a backslash and quotes, addressed as AWS's corpus does
    String path = "$['Test\\\"\"Name\"']";
    // WHEN
    JsonNode value = ctx.resolve(path);
    // THEN
    assertThat(value.asText()).isEqualTo("escaped");
  }

  @Test
  void resolvedValue_isACopy() {
    // GIVEN
    JsonNode items = ctx.resolve("$.items");
    // WHEN the caller modifies what it got
    ((ArrayNode) items).removeAll();
    // THEN the input is untouched
    assertThat(ctx.resolve("$.items")).hasSize(3);
  }

  @Test
  void missingPath_failsWithIntrinsicArgumentMessage() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(
            () ->
                new DataContext(Json.parse("{\"other\":1}"), CONTEXT, n -> null).resolve("$.nope"))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause())
                  .isEqualTo(
                      "The JsonPath argument for the field '$.nope' could not be found in the input"
                          + " '{\"other\":1}'");
            });
  }

  @Test
  void missingPathForField_failsWithTemplateMessage() {
    // GIVEN
    DataContext data = new DataContext(Json.parse("{\"int-literal\":0}"), CONTEXT, n -> null);
    // WHEN / THEN
    assertThatThrownBy(() -> data.resolve("value.$", "$.no_such_jsonpath"))
        .isInstanceOfSatisfying(
            StatesException.class,
            e ->
                assertThat(e.cause())
                    .isEqualTo(
                        "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could"
                            + " not be found in the input '{\"int-literal\":0}'"));
  }

  @ParameterizedTest(name = "{0} finds nothing")
  @CsvSource({
    "$.items[3]",
    "$.items[-4]",
    "$.a.b.c",
    "$.a.missing",
    "$$.Map.Item.Value",
    "$undefined",
    "$obj.other",
    "$.a.length()"
  })
  void unresolvablePath_failsWithStatesRuntime(String path) {
    // GIVEN the data above / WHEN / THEN
    assertThatThrownBy(() -> ctx.resolve("field.$", path))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause())
                  .startsWith("The JSONPath '" + path + "' specified for the field 'field.$'");
            });
  }

  @Test
  void missingContextPath_reportsTheContextObject() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> ctx.resolve("v.$", "$$.Task.Token"))
        .isInstanceOfSatisfying(
            StatesException.class,
            e ->
                assertThat(e.cause())
                    .endsWith("could not be found in the input '" + Json.write(CONTEXT) + "'"));
  }

  @Test
  void absentContextAndVariables_readAsEmpty() {
    // GIVEN a context built without context object or variables
    DataContext bare = new DataContext(Json.parse("{\"a\": 1}"), null, null);
    // WHEN / THEN
    assertThat(bare.resolve("$$")).isEqualTo(Json.parse("{}"));
    assertThat(bare.resolve("$.a").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> bare.resolve("$x")).isInstanceOf(StatesException.class);
  }
}
