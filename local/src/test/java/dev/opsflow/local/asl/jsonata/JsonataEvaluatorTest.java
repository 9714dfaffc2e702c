package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.bindings;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.input;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorTest {
  private final JsonataEvaluator evaluator = new JsonataEvaluator();

  @Test
  void wholeStringDelimited_isExpression() {
    // GIVEN strings with and without exact delimiters
    // WHEN / THEN only a string starting with {% and ending with %} is an expression
    assertThat(JsonataEvaluator.isExpression("{% $states.input %}")).isTrue();
    assertThat(JsonataEvaluator.isExpression("{%1%}")).isTrue();
    assertThat(JsonataEvaluator.isExpression(" {% states.input %} ")).isFalse();
    assertThat(JsonataEvaluator.isExpression("{% x %} ")).isFalse();
    assertThat(JsonataEvaluator.isExpression("$states.input")).isFalse();
    assertThat(JsonataEvaluator.isExpression("{%}")).isFalse();
    assertThat(JsonataEvaluator.isExpression((String) null)).isFalse();
    assertThat(JsonataEvaluator.isExpression(json("\"{% 1 %}\""))).isTrue();
    assertThat(JsonataEvaluator.isExpression(json("1"))).isFalse();
  }

  @Test
  void statesInputAndVariables_areBound() {
    // GIVEN an input and two workflow variables
    JsonataBindings bindings =
        bindings("{\"input_values\":[1,2,3]}", Map.of("var_constant_1", "1", "$name", "\"María\""));

    // WHEN an expression uses both
    JsonNode result =
        evaluator.evaluate(
            "Output",
            json("{\"sum\":\"{% $sum($states.input.input_values) + $var_constant_1 %}\",\"n\":\"{% $name %}\"}"),
            bindings);

    // THEN both are visible, a leading $ in a variable name being optional
    assertThat(result).isEqualTo(json("{\"sum\":7,\"n\":\"María\"}"));
  }

  @Test
  void resultErrorOutputAndContext_areReadable() {
    // GIVEN $states with result, errorOutput and context
    JsonataBindings bindings =
        with(with(input("{}"), "result", "{\"Payload\":{\"a\":1}}"), "errorOutput", "{\"Error\":\"E\"}");

    // WHEN reading each
    JsonNode result =
        evaluator.evaluate(
            "Output",
            json(
                "{\"r\":\"{% $states.result.Payload %}\",\"e\":\"{% $states.errorOutput.Error %}\","
                    + "\"s\":\"{% $states.context.State.Name %}\"}"),
            bindings);

    // THEN the values come through
    assertThat(result).isEqualTo(json("{\"r\":{\"a\":1},\"e\":\"E\",\"s\":\"State0\"}"));
  }

  @Test
  void literalsInTemplate_areCopiedUnchanged() {
    // GIVEN a template of constants, including strings that only look like paths or expressions
    JsonNode template =
        json(
            "{\"constant_null\":null,\"constant_int\":0,\"constant_float\":0.1,\"constant_bool\":true,"
                + "\"constant_not_jsonata\":\" {% states.input %} \",\"constant_varpath_states\":\"$states.input\","
                + "\"constant_lst\":[null,0,0.1,true,[],{\"constant\":0},\" {% states.input %} \"],"
                + "\"constant_obj_empty\":{}}");

    // WHEN evaluated
    JsonNode result = evaluator.evaluate("Arguments", template, input("{\"input_value\":\"x\"}"));

    // THEN nothing changes
    assertThat(result).isEqualTo(template);
  }

  @Test
  void expressionsNestedInArraysAndObjects_areEvaluated() {
    // GIVEN expressions at several depths
    JsonNode template = json("{\"a\":[\"{% 1 + 1 %}\",{\"b\":\"{% $states.input.x %}\"}],\"c\":\"plain\"}");

    // WHEN evaluated
    JsonNode result = evaluator.evaluate("Output", template, input("{\"x\":\"y\"}"));

    // THEN every expression is replaced
    assertThat(result).isEqualTo(json("{\"a\":[2,{\"b\":\"y\"}],\"c\":\"plain\"}"));
  }

  @Test
  void topLevelUndefined_failsWithFieldName() {
    // GIVEN a reference to an unknown variable as the whole field
    // WHEN evaluated THEN AWS's undefined error names the field and the bare expression
    assertThatThrownBy(() -> evaluator.evaluate("Arguments", json("\"{% $doesNotExist %}\""), input("{}")))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
              assertThat(e.cause())
                  .isEqualTo(
                      "The JSONata expression '$doesNotExist' specified for the field 'Arguments' returned nothing"
                          + " (undefined).");
            });
  }

  @Test
  void nestedUndefined_failsWithFieldPath() {
    // GIVEN an undefined value inside Output and inside Assign
    // WHEN evaluated THEN the cause names the path of the value
    assertThatThrownBy(() -> evaluator.evaluate("Output", json("{\"result\":\"{% $doesNotExist %}\"}"), input("{}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing"
                + " (undefined).");
    assertThatThrownBy(() -> evaluator.evaluate("Assign", json("{\"result\":\"{% $stateError %}\"}"), input("{}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$stateError' specified for the field 'Assign/result' returned nothing"
                + " (undefined).");
  }

  @Test
  void undefinedInArray_failsWithIndexPath() {
    // GIVEN an undefined value as an array element
    // WHEN evaluated THEN the cause names the element by index
    assertThatThrownBy(() -> evaluator.evaluate("Output", json("{\"l\":[1,\"{% $nope %}\"]}"), input("{}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$nope' specified for the field 'Output/l/1' returned nothing (undefined).");
  }

  @Test
  void nonFunctionCall_failsWithJsonataCode() {
    // GIVEN a call of a function AWS does not offer (recorded: $randomSeeded)
    JsonNode template = json("{\"FunctionResult\":\"{% $randomSeeded($states.input.FunctionInput.fst) %}\"}");

    // WHEN evaluated THEN the JSONata error code and message follow AWS's prefix
    assertThatThrownBy(() -> evaluator.evaluate("Output", template, input("{\"FunctionInput\":\"fst\"}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the field"
                + " 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a"
                + " non-function");
  }

  @Test
  void typeErrorInOperator_failsWithJsonataCode() {
    // GIVEN arithmetic on a string
    // WHEN evaluated THEN the cause carries T2001
    assertThatThrownBy(() -> evaluator.evaluate("Output", json("\"{% 'a' + 1 %}\""), input("{}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression ''a' + 1' specified for the field 'Output' threw an error during evaluation."
                + " T2001: The left side of the \"+\" operator must evaluate to a number");
  }

  @Test
  void functionResult_failsAsUnsupportedType() {
    // GIVEN an expression whose value is a function (recorded for Map Items)
    // WHEN evaluated THEN AWS's unsupported result type error follows
    assertThatThrownBy(() -> evaluator.evaluate("Items", json("\"{% $fn := function($x){$x} %}\""), input("{}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an"
                + " unsupported result type.");
    assertThatThrownBy(() -> evaluator.evaluate("Output", json("\"{% $sum %}\""), input("{}")))
        .hasMessageContaining("returned an unsupported result type.");
  }

  @Test
  void functionInsideObject_isLeftOut() {
    // GIVEN an object holding a function next to data
    // WHEN evaluated THEN the function member is dropped, as JSON.stringify does
    JsonNode result = evaluator.evaluate("Output", json("\"{% {'f': $sum, 'a': 1} %}\""), input("{}"));
    assertThat(result).isEqualTo(json("{\"a\":1}"));
  }

  @Test
  void itemsOfWrongType_failWithExpectedType() {
    // GIVEN Items expressions producing each non-array type (recorded causes)
    JsonataBindings bindings = input("{}");

    // WHEN evaluated as arrays THEN AWS's unexpected-type message names the type and the value
    assertThatThrownBy(() -> evaluator.evaluate("Items", json("\"{% null %}\""), bindings, JsonataType.ARRAY))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was 'null' for value: null");
    assertThatThrownBy(() -> evaluator.evaluate("Items", json("\"{% 1 %}\""), bindings, JsonataType.ARRAY))
        .hasMessageEndingWith("Expected 'array', but was 'number' for value: 1");
    assertThatThrownBy(() -> evaluator.evaluate("Items", json("\"{% 'string' %}\""), bindings, JsonataType.ARRAY))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression ''string'' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was 'string' for value: \"string\"");
    assertThatThrownBy(
            () -> evaluator.evaluate("Items", json("\"{% {'foo': 'bar'} %}\""), bindings, JsonataType.ARRAY))
        .hasMessageEndingWith("Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}");
    assertThatThrownBy(
            () ->
                evaluator.evaluate(
                    "Items", json("\"{% $ItemsVar %}\""), bindings("{}", Map.of("ItemsVar", "true")), JsonataType.ARRAY))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was 'boolean' for value: true");
  }

  @Test
  void itemsArray_isReturned() {
    // GIVEN an Items expression producing an array
    // WHEN evaluated as an array THEN it is returned
    JsonNode result =
        evaluator.evaluate("Items", json("\"{% $states.input.Values %}\""), input("{\"Values\":[1,2,3]}"), JsonataType.ARRAY);
    assertThat(result).isEqualTo(json("[1,2,3]"));
  }

  @Test
  void syntaxError_failsAsEvaluationError() {
    // GIVEN an expression that does not parse
    // WHEN evaluated THEN the parser's code is reported
    assertThatThrownBy(() -> evaluator.evaluate("Output", json("\"{% 1 + %}\""), input("{}")))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("specified for the field 'Output' threw an error during evaluation. S0");
  }

  @Test
  void assignmentExpression_returnsAssignedValue() {
    // GIVEN a recorded MaxConcurrency expression that binds a local variable
    // WHEN evaluated THEN the value of the binding is the result
    assertThat(evaluator.evaluate("MaxConcurrency", json("\"{% $variable := 1 %}\""), input("{}")))
        .isEqualTo(json("1"));
  }

  @Test
  void regexAndQuotes_evaluateLikeJsonata() {
    // GIVEN recorded regular-expression and quote cases
    JsonataBindings bindings = input("\"\\\"\"");

    // WHEN evaluated THEN results match AWS's
    assertThat(evaluator.evaluate("Output", json("\"{% $contains('hello$world', /^hello\\\\$/) %}\""), bindings))
        .isEqualTo(json("true"));
    assertThat(evaluator.evaluate("Output", json("\"{% $contains(\\\"hello$world\\\", /^hello\\\\ /) %}\""), bindings))
        .isEqualTo(json("false"));
    assertThat(evaluator.evaluate("Output", json("\"{% $states.input = '\\\"' %}\""), bindings)).isEqualTo(json("true"));
  }
}
