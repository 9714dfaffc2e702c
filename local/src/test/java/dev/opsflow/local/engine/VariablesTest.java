package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.functionArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Workflow variables: Assign in both query languages, evaluation against the values of state entry, and scopes
 * (branches and inline iterations read outer variables; their writes stay inside; distributed iterations see none).
 */
class VariablesTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void jsonPathAssign_laterStatesReadVariables() {
    // GIVEN
    String definition = """
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"user.$": "$.name", "fixed": 7, "sum.$": "States.MathAdd($.a, 1)"}, "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"greeting.$": "States.Format('hi {}', $user)", "fixed.$": "$fixed", "sum.$": "$sum"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"name\": \"ann\", \"a\": 2}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"greeting\": \"hi ann\", \"fixed\": 7, \"sum\": 3}"));
  }

  @Test
  void jsonPathTaskAssign_readsTheResultAfterResultSelector() {
    // GIVEN a task whose Assign reads $ (the selected result)
    harness.function("quote", (payload, invocation) -> Json.parse("{\"body\": {\"price\": 12}}"));
    String definition = """
        {"StartAt": "Quote", "States": {
          "Quote": {"Type": "Task", "Resource": "%s", "ResultSelector": {"price.$": "$.body.price"},
            "Assign": {"price.$": "$.price"}, "ResultPath": null, "Next": "Use"},
          "Use": {"Type": "Pass", "Parameters": {"price.$": "$price", "input.$": "$"}, "End": true}}}""".formatted(functionArn("quote"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"id\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"price\": 12, \"input\": {\"id\": 1}}"));
  }

  @Test
  void assignExpressions_allSeeValuesFromStateEntry() {
    // GIVEN a = 1, b = 2, then one state swapping them and outputting both
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"a": 1, "b": 2}, "Next": "Swap"},
          "Swap": {"Type": "Pass", "Assign": {"a": "{% $b %}", "b": "{% $a %}"}, "Output": {"a": "{% $a %}", "b": "{% $b %}"}, "Next": "Read"},
          "Read": {"Type": "Pass", "Output": {"before": "{% $states.input %}", "a": "{% $a %}", "b": "{% $b %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN Swap's Output saw the entry values; the swap took effect after it
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"before\": {\"a\": 1, \"b\": 2}, \"a\": 2, \"b\": 1}"));
  }

  @Test
  void assignedVariables_areRecordedInStateExitedEvent() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Set", "States": {"Set": {"Type": "Pass", "Assign": {"x": {"k": [1]}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    JsonNode details = events(result, "PassStateExited").getFirst().path("stateExitedEventDetails");
    assertThat(details.path("assignedVariables").path("x").asText()).isEqualTo("{\"k\":[1]}");
    assertThat(details.path("assignedVariablesDetails").path("truncated").asBoolean()).isFalse();
  }

  @Test
  void parallelBranches_readOuterVariables_andTheirAssignmentsStayInside() {
    // GIVEN outer = "o"; a branch assigns inner and reads both
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"outer": "o"}, "Next": "P"},
          "P": {"Type": "Parallel", "Next": "After", "Branches": [
            {"StartAt": "SetInner", "States": {
              "SetInner": {"Type": "Pass", "Assign": {"inner": "i"}, "Next": "ReadBoth"},
              "ReadBoth": {"Type": "Pass", "Output": "{% $outer & $inner %}", "End": true}}}]},
          "After": {"Type": "Pass", "Output": {"branch": "{% $states.input[0] %}", "innerVisible": "{% $exists($inner) %}", "outer": "{% $outer %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"branch\": \"oi\", \"innerVisible\": false, \"outer\": \"o\"}"));
  }

  @Test
  void parallelAssign_onTheParallelStateItselfIsOuter() {
    // GIVEN a Parallel assigning from its result
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Assign": {"results": "{% $states.result %}"}, "Next": "After", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Output": 1, "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Output": 2, "End": true}}}]},
          "After": {"Type": "Pass", "Output": "{% $results %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo("[1,2]");
  }

  @Test
  void inlineMapIterations_readOuterVariablesAndKeepTheirOwn() {
    // GIVEN each iteration assigns its own value and reads the outer factor
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"factor": 10}, "Next": "M"},
          "M": {"Type": "Map", "Items": "{% $states.input.items %}", "Next": "After",
            "ItemProcessor": {"StartAt": "Set", "States": {
              "Set": {"Type": "Pass", "Assign": {"mine": "{% $states.input %}"}, "Next": "Use"},
              "Use": {"Type": "Pass", "Output": "{% $mine * $factor %}", "End": true}}}},
          "After": {"Type": "Pass", "Output": {"results": "{% $states.input %}", "mineVisible": "{% $exists($mine) %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"items\": [1, 2, 3]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"results\": [10, 20, 30], \"mineVisible\": false}"));
  }

  @Test
  void jsonPathMapIteration_readsOuterVariableInItemSelectorAndProcessor() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"tag": "t"}, "Next": "M"},
          "M": {"Type": "Map", "ItemSelector": {"v.$": "$$.Map.Item.Value", "tag.$": "$tag"}, "End": true,
            "ItemProcessor": {"StartAt": "Use", "States": {
              "Use": {"Type": "Pass", "Parameters": {"s.$": "States.Format('{}-{}', $.tag, $.v)", "again.$": "$tag"}, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2]");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical(
        "[{\"s\": \"t-1\", \"again\": \"t\"}, {\"s\": \"t-2\", \"again\": \"t\"}]"));
  }

  @Test
  void distributedMapIterations_cannotReadOuterVariables() {
    // GIVEN an outer variable and a distributed Map whose iterations look for it
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"outer": "o"}, "Next": "M"},
          "M": {"Type": "Map", "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Look",
              "States": {"Look": {"Type": "Pass", "Output": "{% $exists($outer) %}", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(result.output())).isEqualTo("[false,false]");
  }

  @Test
  void undefinedVariableInJsonataOutput_failsWithAwsMessage() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Pass", "Output": {"result": "{% $doesNotExist %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'State0' (entered at the event id #2)."
        + " The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).");
  }

  @Test
  void choiceRuleAssign_appliesOnlyForTheMatchingRule() {
    // GIVEN
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"Variable": "$.n", "NumericEquals": 1, "Assign": {"which": "one"}, "Next": "Out"},
              {"Variable": "$.n", "NumericEquals": 2, "Assign": {"which": "two"}, "Next": "Out"}]},
          "Out": {"Type": "Pass", "Parameters": {"which.$": "$which"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 2}");
    // THEN
    assertThat(result.output().path("which").asText()).isEqualTo("two");
  }

  @Test
  void catchAssign_jsonPath_readsTheErrorOutput() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Oops", "Cause": "why"}}}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"err.$": "$.Error"}, "ResultPath": null, "Next": "Out"}], "End": true},
          "Out": {"Type": "Pass", "Parameters": {"err.$": "$err"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.output().path("err").asText()).isEqualTo("Oops");
  }

  @Test
  void jsonPathAssign_swapSeesEntryValues() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"a": "A", "b": "B"}, "Next": "Swap"},
          "Swap": {"Type": "Pass", "Assign": {"a.$": "$b", "b.$": "$a"}, "Parameters": {"during.$": "$a"}, "Next": "Read"},
          "Read": {"Type": "Pass", "Parameters": {"during.$": "$.during", "a.$": "$a", "b.$": "$b"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"during\": \"A\", \"a\": \"B\", \"b\": \"A\"}"));
  }
}
