package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input transformation against AWS's documented examples: the EC2 event and templates of the EventBridge user
 * guide's "Input transformation" page (expected outputs minified, as EventBridge passes them), and the
 * InputTemplate example of the API reference.
 */
class InputTransformationTest {
  private static final ObjectNode EC2_EVENT = (ObjectNode) Json.parse("""
      {"version": "0", "id": "7bf73129-1428-4cd3-a780-95db273d1602", "detail-type": "EC2 Instance State-change Notification",
       "source": "aws.ec2", "account": "123456789012", "time": "2015-11-11T21:29:54Z", "region": "us-east-1",
       "resources": ["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
       "detail": {"instance-id": "i-0123456789", "state": "RUNNING"}}
      """);
  private static final Map<String, String> GUIDE_PATHS = Map.of("timestamp", "$.time", "instance", "$.detail.instance-id", "state", "$.detail.state");
  private static final String RULE_ARN = "arn:aws:events:us-east-2:123456789012:rule/example";

  static Stream<Arguments> userGuideExamples() {
    return Stream.of(
        Arguments.of("simple string", "\"instance <instance> is in <state>\"", "\"instance i-0123456789 is in RUNNING\""),
        Arguments.of("string with escaped quotes", "\"instance \\\"<instance>\\\" is in <state>\"", "\"instance \\\"i-0123456789\\\" is in RUNNING\""),
        Arguments.of("simple JSON", "{\n  \"instance\" : <instance>,\n  \"state\": <state>\n}", "{\"instance\":\"i-0123456789\",\"state\":\"RUNNING\"}"),
        Arguments.of(
            "JSON with strings and variables",
            "{\n \"instance\" : <instance>,\n \"state\": \"<state>\",\n \"instanceStatus\": \"instance \\\"<instance>\\\" is in <state>\"\n}",
            "{\"instance\":\"i-0123456789\",\"state\":\"RUNNING\",\"instanceStatus\":\"instance \\\"i-0123456789\\\" is in RUNNING\"}"),
        Arguments.of(
            "JSON with a mix of variables and static information",
            "{\n  \"instance\" : <instance>,\n  \"state\": [ 9, <state>, true ],\n  \"Transformed\" : \"Yes\"\n}",
            "{\"instance\":\"i-0123456789\",\"state\":[9,\"RUNNING\",true],\"Transformed\":\"Yes\"}"),
        Arguments.of("reserved variables in a string", "\"<aws.events.rule-name> triggered\"", "\"example triggered\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userGuideExamples")
  void userGuideTemplate_givesTheDocumentedOutput(String description, String template, String expected) {
    // GIVEN the guide's EC2 event and input paths
    RuleTarget target = new RuleTarget("t", "arn:x", null, null, new InputTransformer(GUIDE_PATHS, template), null);
    // WHEN the template is filled
    String input = TargetInputs.compute(target, "example", RULE_ARN, EC2_EVENT, "2015-11-11T21:29:55Z");
    // THEN the target receives what the guide shows
    assertThat(input).isEqualTo(expected);
  }

  @Test
  void reservedVariablesInJson_giveRuleArnNameAndTheEventWithoutDetail() {
    // GIVEN the guide's "Including reserved variables in JSON" template
    String template = """
        {"instance" : <instance>, "state": <state>, "ruleArn" : <aws.events.rule-arn>, "ruleName" : <aws.events.rule-name>,
         "originalEvent" : <aws.events.event>, "whole": <aws.events.event.json>}
        """;
    RuleTarget target = new RuleTarget("t", "arn:x", null, null, new InputTransformer(GUIDE_PATHS, template), null);
    // WHEN it is filled
    ObjectNode input = (ObjectNode) Json.parse(TargetInputs.compute(target, "example", RULE_ARN, EC2_EVENT, "2015-11-11T21:29:55Z"));
    // THEN the reserved variables are the rule's ARN and name, the event without detail, and the whole event
    assertThat(input.path("ruleArn").asText()).isEqualTo(RULE_ARN);
    assertThat(input.path("ruleName").asText()).isEqualTo("example");
    ObjectNode withoutDetail = EC2_EVENT.deepCopy();
    withoutDetail.remove("detail");
    assertThat(input.get("originalEvent")).isEqualTo(withoutDetail);
    assertThat(input.get("whole")).isEqualTo(EC2_EVENT);
  }

  @Test
  void apiReferenceTemplate_quotesTheBareVariableAndNotTheQuotedOnes() {
    // GIVEN the API reference's InputTransformer example
    ObjectNode event = (ObjectNode) Json.parse("{\"detail\": {\"instance\": \"i-1\", \"status\": \"running\"}}");
    InputTransformer transformer = new InputTransformer(
        Map.of("instance", "$.detail.instance", "status", "$.detail.status"),
        "{\"myInstance\": <instance>,\"myStatus\": \"<instance> is in state \\\"<status>\\\"\"}");
    // WHEN it is filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, event, "now");
    // THEN
    assertThat(input).isEqualTo("{\"myInstance\":\"i-1\",\"myStatus\":\"i-1 is in state \\\"running\\\"\"}");
  }

  @Test
  void objectsNumbersAndArrays_goInAsJsonOutsideQuotesAndAsTextInside() {
    // GIVEN a detail with an object, a number and an array
    ObjectNode event = (ObjectNode) TargetInputs.parseStored("{\"detail\": {\"request\": {\"id\": \"req-1\", \"n\": 2.50}, \"count\": 3, \"tags\": [\"a\", \"b\"]}}");
    InputTransformer transformer = new InputTransformer(
        Map.of("request", "$.detail.request", "count", "$.detail.count", "tags", "$.detail.tags"),
        "{\"request\": <request>, \"count\": <count>, \"label\": \"<count> items\", \"tags\": <tags>}");
    // WHEN it is filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, event, "now");
    // THEN values keep their JSON types (and exact decimals) outside quotes, and are text inside
    assertThat(input).isEqualTo("{\"request\":{\"id\":\"req-1\",\"n\":2.50},\"count\":3,\"label\":\"3 items\",\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void quotedPlaceholder_isNotEscaped_soAValueWithQuotesBreaksTheJson() {
    // GIVEN a value holding quotes, placed inside a JSON string
    ObjectNode event = (ObjectNode) Json.parse("{\"detail\": {\"name\": \"say \\\"hi\\\"\"}}");
    InputTransformer transformer = new InputTransformer(Map.of("name", "$.detail.name"), "{\"msg\": \"<name>\"}");
    // WHEN it is filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, event, "now");
    // THEN, as EventBridge "doesn't escape values extracted by Input Path", the quotes go in raw
    assertThat(input).isEqualTo("{\"msg\": \"say \"hi\"\"}");
    assertThat(TargetInputs.parseJson(input)).isEmpty();
  }

  @Test
  void variableWhosePathMatchesNothing_leavesNothingAndSoInvalidJson() {
    // GIVEN a template whose variable's path is not in the event
    InputTransformer transformer = new InputTransformer(Map.of("missing", "$.detail.nope"), "{\"value\": <missing>}");
    // WHEN it is filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, EC2_EVENT, "now");
    // THEN the variable is not created ("won't appear in the output"): the result is not JSON, so no target accepts it
    assertThat(input).isEqualTo("{\"value\": }");
    assertThat(TargetInputs.parseJson(input)).isEmpty();
  }

  @Test
  void linesOfQuotedText_becomeOneStringJoinedByNewlines() {
    // GIVEN the documented multi-line text form: one quoted string per line
    InputTransformer transformer = new InputTransformer(GUIDE_PATHS, "\"Instance <instance>\"\n\"\"\n\"is <state>\"");
    // WHEN it is filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, EC2_EVENT, "now");
    // THEN one JSON string with the lines joined
    assertThat(Json.parse(input).asText()).isEqualTo("Instance i-0123456789\n\nis RUNNING");
  }

  @Test
  void inputPathConstantAndNone_giveThePathsValueTheConstantAndTheWholeEvent() {
    // GIVEN three targets: InputPath, Input, neither
    RuleTarget path = new RuleTarget("p", "arn:x", null, "$.detail", null, null);
    RuleTarget constant = new RuleTarget("c", "arn:x", "{\"fixed\":true}", null, null, null);
    RuleTarget whole = RuleTarget.of("w", "arn:x");
    // WHEN their inputs are computed
    // THEN the detail, the constant, and the whole event (minified)
    assertThat(Json.parse(TargetInputs.compute(path, "r", RULE_ARN, EC2_EVENT, "now"))).isEqualTo(EC2_EVENT.get("detail"));
    assertThat(TargetInputs.compute(constant, "r", RULE_ARN, EC2_EVENT, "now")).isEqualTo("{\"fixed\":true}");
    assertThat(TargetInputs.compute(whole, "r", RULE_ARN, EC2_EVENT, "now")).isEqualTo(Json.write(EC2_EVENT));
  }

  @Test
  void wildcardAndIndex_readArraysAsEventBridgeDoes() {
    // GIVEN paths with an index and a wildcard
    InputTransformer transformer = new InputTransformer(
        Map.of("first", "$.resources[0]", "all", "$.detail.*"), "{\"first\": <first>, \"all\": <all>}");
    // WHEN filled
    String input = TargetInputs.compute(new RuleTarget("t", "arn:x", null, null, transformer, null), "r", RULE_ARN, EC2_EVENT, "now");
    // THEN
    assertThat(input).isEqualTo("{\"first\":\"arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111\",\"all\":[\"i-0123456789\",\"RUNNING\"]}");
  }

  @Test
  void templateWithAnUndefinedPlaceholder_isRefusedAsPutTargetsRefusesIt() {
    // GIVEN a template naming a variable the map does not define
    InputTransformer transformer = new InputTransformer(Map.of("a", "$.detail"), "{\"a\": <a>, \"b\": <b>}");
    // WHEN / THEN a rule with it cannot be made
    assertThatThrownBy(() -> new EventRule("r", "opsflow", null, null, "{\"source\":[\"x\"]}", null, List.of(
            new RuleTarget("t1", "arn:x", null, null, transformer, null))))
        .isInstanceOf(EventsApiException.class)
        .hasMessage("InputTemplate for target t1 contains invalid placeholder b.");
  }
}
