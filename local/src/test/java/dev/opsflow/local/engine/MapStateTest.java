package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Map states: items, selection and batching, concurrency (observed through the order of iteration events, as
 * the in-memory engine runs on one thread), failures and distributed-mode failure tolerance.
 */
class MapStateTest {
  private final EngineHarness harness = new EngineHarness();

  private static String inlineMap(String mapFields, String processorState) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", %s,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Item", "States": {"Item": %s}},
          "End": true}}}""".formatted(mapFields, processorState);
  }

  /** The largest number of iterations started but not yet ended at any point of the history. */
  private static int peakInFlight(ExecutionResult result) {
    int inFlight = 0;
    int peak = 0;
    for (String type : types(result)) {
      if (type.equals("MapIterationStarted")) {
        peak = Math.max(peak, ++inFlight);
      } else if (type.equals("MapIterationSucceeded") || type.equals("MapIterationFailed")) {
        inFlight--;
      }
    }
    return peak;
  }

  @Test
  void itemsPathAndItemSelector_seeIndexValueAndStateInput() {
    // GIVEN
    String definition = inlineMap("""
        "ItemsPath": "$.list",
        "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "prefix.$": "$.prefix"}""",
        "{\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"list\": [\"a\", \"b\"], \"prefix\": \"p\"}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical(
        "[{\"index\": 0, \"value\": \"a\", \"prefix\": \"p\"}, {\"index\": 1, \"value\": \"b\", \"prefix\": \"p\"}]"));
    assertThat(events(result, "MapStateStarted").getFirst().path("mapStateStartedEventDetails").path("length").asInt()).isEqualTo(2);
  }

  @Test
  void resultsKeepItemOrder_evenWhenLaterItemsFinishFirst() {
    // GIVEN each item waits as many seconds as its value
    String definition = inlineMap("\"ItemSelector\": {\"wait.$\": \"$$.Map.Item.Value\"}",
        "{\"Type\": \"Wait\", \"SecondsPath\": \"$.wait\", \"OutputPath\": \"$.wait\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "[30, 10, 20]");
    // THEN results are in item order; iterations ran side by side and ended in time order
    assertThat(canonical(result.output())).isEqualTo(canonical("[30, 10, 20]"));
    assertThat(events(result, "MapIterationSucceeded"))
        .extracting(e -> e.path("mapIterationSucceededEventDetails").path("index").asInt())
        .containsExactly(1, 2, 0);
    assertThat(EngineHarness.secondsOf(result, "MapStateSucceeded")).containsExactly(30.0);
  }

  @Test
  void maxConcurrencyOne_runsIterationsOneAfterAnother() {
    // GIVEN
    String definition = inlineMap("\"MaxConcurrency\": 1", "{\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2, 3]");
    // THEN each iteration ends before the next starts
    List<String> iterationEvents = types(result).stream().filter(t -> t.startsWith("MapIteration")).toList();
    assertThat(iterationEvents).containsExactly(
        "MapIterationStarted", "MapIterationSucceeded",
        "MapIterationStarted", "MapIterationSucceeded",
        "MapIterationStarted", "MapIterationSucceeded");
    assertThat(canonical(result.output())).isEqualTo("[1,2,3]");
  }

  @Test
  void maxConcurrencyTwo_neverMoreThanTwoInFlight() {
    // GIVEN five items and a two-state processor
    String definition = inlineMap("\"MaxConcurrency\": 2",
        "{\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2, 3, 4, 5]");
    // THEN
    assertThat(peakInFlight(result)).isEqualTo(2);
    assertThat(events(result, "MapIterationSucceeded")).hasSize(5);
    assertThat(EngineHarness.secondsOf(result, "MapStateSucceeded")).containsExactly(3.0);
  }

  @Test
  void maxConcurrencyZero_startsAllIterationsAtOnce() {
    // GIVEN
    String definition = inlineMap("\"MaxConcurrency\": 0", "{\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2, 3, 4]");
    // THEN
    assertThat(peakInFlight(result)).isEqualTo(4);
    assertThat(EngineHarness.secondsOf(result, "MapStateSucceeded")).containsExactly(1.0);
  }

  @Test
  void emptyItemList_succeedsWithEmptyArray() {
    // GIVEN
    String definition = inlineMap("\"ItemsPath\": \"$.items\"", "{\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"items\": []}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(result.output())).isEqualTo("[]");
    assertThat(events(result, "MapIterationStarted")).isEmpty();
    assertThat(types(result)).containsSubsequence("MapStateStarted", "MapStateSucceeded");
  }

  @Test
  void itemsPathNotAnArray_failsWithStatesRuntime() {
    // GIVEN
    String definition = inlineMap("\"ItemsPath\": \"$.items\"", "{\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"items\": {\"foo\": \"bar\"}}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).endsWith("Map state input must be an array but was: {\"foo\":\"bar\"}");
  }

  @Test
  void jsonataItems_andItemSelectorWithMapContext() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
          "Items": "{% $states.input.numbers[$ > 1] %}",
          "ItemSelector": {"i": "{% $states.context.Map.Item.Index %}", "square": "{% $states.context.Map.Item.Value * $states.context.Map.Item.Value %}"},
          "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}},
          "Output": {"results": "{% $states.result %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"numbers\": [1, 2, 3]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"results\": [{\"i\": 0, \"square\": 4}, {\"i\": 1, \"square\": 9}]}"));
  }

  @Test
  void jsonataItemsNotAnArray_failsWithAwsMessage() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "MapIterateState", "States": {"MapIterateState": {"Type": "Map",
          "Items": "{% 1 %}", "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(result.cause()).contains("The JSONata expression '1' specified for the field 'Items' returned an unexpected result type."
        + " Expected 'array', but was 'number'");
  }

  @Test
  void itemBatcher_groupsItemsWithBatchInput() {
    // GIVEN a distributed Map batching two items at a time
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"job.$": "$.job"}},
          "ItemsPath": "$.items",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Batch", "States": {"Batch": {"Type": "Pass", "End": true}}},
          "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"job\": \"j1\", \"items\": [1, 2, 3, 4, 5]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("""
        [{"BatchInput": {"job": "j1"}, "Items": [1, 2]},
         {"BatchInput": {"job": "j1"}, "Items": [3, 4]},
         {"BatchInput": {"job": "j1"}, "Items": [5]}]"""));
    assertThat(types(result)).containsSubsequence("MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded");
  }

  @Test
  void inlineIterationFailure_failsTheMapWithTheItemError() {
    // GIVEN item 1 fails
    String definition = inlineMap("\"MaxConcurrency\": 1", """
        {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 1, "Next": "Bad"}], "Default": "Good"},
          "Bad": {"Type": "Fail", "Error": "HandleItemFailError", "Cause": "HandleItemFailCause"},
          "Good": {"Type": "Pass", "End": true}""");
    // WHEN
    ExecutionResult result = harness.run(definition, "[0, 1, 2]");
    // THEN item 2 never starts
    assertThat(result.error()).isEqualTo("HandleItemFailError");
    assertThat(result.cause()).isEqualTo("HandleItemFailCause");
    assertThat(events(result, "MapIterationStarted")).hasSize(2);
    assertThat(events(result, "MapIterationFailed").getFirst().path("mapIterationFailedEventDetails").path("index").asInt()).isEqualTo(1);
    assertThat(types(result)).contains("MapStateFailed");
  }

  private static String distributedFailing(String tolerance) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", %s
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.fail", "BooleanEquals": true, "Next": "Bad"}], "Default": "Good"},
              "Bad": {"Type": "Fail", "Error": "ItemError", "Cause": "item failed"},
              "Good": {"Type": "Pass", "End": true}}},
          "End": true}}}""".formatted(tolerance);
  }

  private static final String TWO_OF_FIVE_FAIL =
      "[{\"fail\": false}, {\"fail\": true}, {\"fail\": false}, {\"fail\": true}, {\"fail\": false}]";

  @Test
  void distributedToleratedCountUnderThreshold_succeedsWithErrorOutputs() {
    // GIVEN two of five items fail and two failures are tolerated
    // WHEN
    ExecutionResult result = harness.run(distributedFailing("\"ToleratedFailureCount\": 2,"), TWO_OF_FIVE_FAIL);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).hasSize(5);
    assertThat(result.output().get(1).path("Error").asText()).isEqualTo("ItemError");
    assertThat(result.output().get(2).path("fail").asBoolean()).isFalse();
  }

  @Test
  void distributedToleratedCountOverThreshold_failsWithExceedToleratedFailureThreshold() {
    // GIVEN two of five items fail and only one failure is tolerated
    // WHEN
    ExecutionResult result = harness.run(distributedFailing("\"ToleratedFailureCount\": 1,"), TWO_OF_FIVE_FAIL);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD);
    assertThat(types(result)).containsSubsequence("MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void distributedToleratedPercentage_underAndOverThreshold() {
    // GIVEN 40% of items fail
    // WHEN
    ExecutionResult tolerated = harness.run(distributedFailing("\"ToleratedFailurePercentage\": 40,"), TWO_OF_FIVE_FAIL);
    ExecutionResult exceeded = harness.run(distributedFailing("\"ToleratedFailurePercentage\": 39.9,"), TWO_OF_FIVE_FAIL);
    // THEN
    assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(exceeded.error()).isEqualTo(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD);
  }

  @Test
  void distributedWithoutTolerance_firstFailureFailsTheMap() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(distributedFailing(""), TWO_OF_FIVE_FAIL);
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD);
  }

  @Test
  void distributedIterations_stayOutOfTheExecutionHistory() {
    // GIVEN
    String definition = distributedFailing("");
    // WHEN
    ExecutionResult result = harness.run(definition, "[{\"fail\": false}]");
    // THEN the child states' events belong to the map run, not to this history
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(types(result)).doesNotContain("ChoiceStateEntered", "PassStateEntered", "MapIterationStarted");
  }

  @Test
  void negativeToleratedFailureCount_failsWithAwsMessage() {
    // GIVEN
    String definition = distributedFailing("\"ToleratedFailureCountPath\": \"$.count\", \"ItemsPath\": \"$.items\",")
        .replace("\"M\"", "\"MapState\"");
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"count\": -1, \"items\": []}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).isEqualTo(
        "An error occurred while executing the state 'MapState' (entered at the event id #2). ToleratedFailureCount cannot be negative.");
  }

  @Test
  void mapIterationEvents_nameTheStateAndIndex() {
    // GIVEN
    String definition = inlineMap("\"MaxConcurrency\": 1", "{\"Type\": \"Pass\", \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "[\"x\", \"y\"]");
    // THEN
    List<ObjectNode> started = events(result, "MapIterationStarted");
    assertThat(started).extracting(e -> e.path("mapIterationStartedEventDetails").path("index").asInt()).containsExactly(0, 1);
    assertThat(started).extracting(e -> e.path("mapIterationStartedEventDetails").path("name").asText()).containsOnly("M");
  }

  @Test
  void legacyIteratorAndParameters_workAsItemProcessorAndItemSelector() {
    // GIVEN the pre-2022 field names
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
          "Parameters": {"x.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index"},
          "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"xs\": [\"a\"]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("[{\"x\": \"a\", \"i\": 0}]"));
  }

  @Test
  void maxConcurrencyPath_readsTheLimitFromInput() {
    // GIVEN
    String definition = inlineMap("\"ItemsPath\": \"$.items\", \"MaxConcurrencyPath\": \"$.limit\"",
        "{\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true}");
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"limit\": 3, \"items\": [1, 2, 3, 4, 5, 6, 7]}");
    // THEN
    assertThat(peakInFlight(result)).isEqualTo(3);
    assertThat(EngineHarness.secondsOf(result, "MapStateSucceeded")).containsExactly(3.0);
  }

  @Test
  void retryOnMap_rerunsEveryIteration() {
    // GIVEN a processor function failing on its first call only
    harness.flaky("flaky", "Transient", 1);
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
          "Retry": [{"ErrorEquals": ["Transient"], "IntervalSeconds": 5}],
          "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}}}}"""
        .formatted(EngineHarness.functionArn("flaky"));
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2]");
    // THEN the Map started again 5 s later and ran both items
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(EngineHarness.secondsOf(result, "MapStateStarted")).containsExactly(0.0, 5.0);
    assertThat(canonical(result.output())).isEqualTo("[1,2]");
  }

  @Test
  void catchOnMap_catchesIterationFailureWithResultPath() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.results", "Next": "Done",
            "Catch": [{"ErrorEquals": ["ItemError"], "ResultPath": "$.failure", "Next": "Recover"}],
            "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "ItemError", "Cause": "bad item"}}}},
          "Recover": {"Type": "Pass", "End": true},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"items\": [1]}");
    // THEN
    assertThat(canonical(result.output()))
        .isEqualTo(canonical("{\"items\": [1], \"failure\": {\"Error\": \"ItemError\", \"Cause\": \"bad item\"}}"));
  }

  @Test
  void itemBatcherMaxInputBytes_splitsBySize() {
    // GIVEN items of 12 bytes each ("\"xxxxxxxxxx\"") and a 30-byte batch limit
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemBatcher": {"MaxInputBytesPerBatch": 30},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "B", "States": {"B": {"Type": "Pass", "OutputPath": "$.Items", "End": true}}}, "End": true}}}""";
    String item = "\"" + "x".repeat(10) + "\"";
    // WHEN
    ExecutionResult result = harness.run(definition, "[" + String.join(",", item, item, item, item, item) + "]");
    // THEN two items fit in 30 bytes, a third does not
    assertThat(result.output()).extracting(batch -> batch.size()).containsExactly(2, 2, 1);
  }
}
