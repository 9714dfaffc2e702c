package dev.opsflow.local.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTemplatesTest {
  private static final JsonNode INPUT =
      Json.parse("{\"FunctionName\": \"fn\", \"items\": [{\"v\": 1}, {\"v\": 2}], \"n\": 1.50}");
  private static final JsonNode CONTEXT =
      Json.parse("{\"Execution\": {\"Id\": \"arn:exec\"}, \"Map\": {\"Item\": {\"Index\": 3}}}");
  private final DataContext ctx =
      new DataContext(INPUT, CONTEXT, Map.of("greeting", Json.parse("{\"text\": \"hi\"}"))::get);

  @Test
  void dynamicKeys_takePathValuesAndLoseSuffix() {
    // GIVEN
    JsonNode template =
        Json.parse(
            """
            {"name.$": "$.FunctionName", "static": "keep $.me", "whole.$": "$", "exec.$": "$$.Execution.Id",
             "index.$": "$$.Map.Item.Index", "var.$": "$greeting.text", "values.$": "$.items[*].v", "n.$": "$.n"}
            """);
    // WHEN
    JsonNode payload = PayloadTemplates.evaluate("Parameters", template, ctx);
    // THEN
    assertThat(payload)
        .isEqualTo(
            Json.parse(
                """
                {"name": "fn", "static": "keep $.me", "whole": %s, "exec": "arn:exec", "index": 3,
                 "var": "hi", "values": [1, 2], "n": 1.50}
                """
                    .formatted(INPUT)));
  }

  @Test
  void nestedObjectsAndArrays_areEvaluatedRecursively() {
    // GIVEN
    JsonNode template =
        Json.parse(
            """
            {"outer": {"inner.$": "$.FunctionName", "deep": {"id.$": "$$.Execution.Id"}},
             "list": [{"x.$": "$.items[0].v"}, "plain", 3, null, ["$.not.a.path"]],
             "flag": true, "nothing": null}
            """);
    // WHEN
    JsonNode payload = PayloadTemplates.evaluate("ResultSelector", template, ctx);
    // THEN
    assertThat(payload)
        .isEqualTo(
            Json.parse(
                """
                {"outer": {"inner": "fn", "deep": {"id": "arn:exec"}},
                 "list": [{"x": 1}, "plain", 3, null, ["$.not.a.path"]], "flag": true, "nothing": null}
                """));
  }

  @Test
  void indefinitePathMatchingNothing_yieldsEmptyArray() {
    // GIVEN
    JsonNode template = Json.parse("{\"item.$\": \"$.item.items[1:]\"}");
    // WHEN
    JsonNode payload = PayloadTemplates.evaluate("Parameters", template, ctx);
    // THEN
    assertThat(payload).isEqualTo(Json.parse("{\"item\": []}"));
  }

  @Test
  void missingPath_namesTheKeyAndInput() {
    // GIVEN
    JsonNode template = Json.parse("{\"outer\": {\"value.$\": \"$.no_such_jsonpath\"}}");
    // WHEN / THEN
    assertThatThrownBy(() -> PayloadTemplates.evaluate("Parameters", template, ctx))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause())
                  .isEqualTo(
                      "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could"
                          + " not be found in the input '"
                          + Json.write(INPUT)
                          + "'");
            });
  }

  @Test
  void undefinedVariable_failsWithStatesRuntime() {
    // GIVEN
    JsonNode template = Json.parse("{\"v.$\": \"$missing\"}");
    // WHEN / THEN
    assertThatThrownBy(() -> PayloadTemplates.evaluate("Parameters", template, ctx))
        .isInstanceOfSatisfying(
            StatesException.class,
            e ->
                assertThat(e.cause())
                    .startsWith("The JSONPath '$missing' specified for the field 'v.$'"));
  }

  @Test
  void template_isNotModified() {
    // GIVEN
    JsonNode template = Json.parse("{\"a.$\": \"$.FunctionName\", \"b\": {\"c\": 1}}");
    JsonNode before = template.deepCopy();
    // WHEN
    JsonNode payload = PayloadTemplates.evaluate("Parameters", template, ctx);
    ((ObjectNode) payload.get("b")).put("c", 2);
    // THEN
    assertThat(template).isEqualTo(before);
  }
}
