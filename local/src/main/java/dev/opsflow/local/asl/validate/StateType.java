package dev.opsflow.local.asl.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eight state types and the fields AWS accepts on each (measured against ValidateStateMachineDefinition:
 * any other field is "Field 'X' is not supported"). Which query language a field belongs to is a separate rule,
 * see {@link #JSONPATH_ONLY} and {@link #JSONATA_ONLY}.
 */
enum StateType {
  PASS("Pass", true, "InputPath", "OutputPath", "Result", "ResultPath", "Parameters", "Output", "Assign"),
  TASK(
      "Task",
      true,
      "InputPath",
      "OutputPath",
      "ResultPath",
      "Parameters",
      "Arguments",
      "Output",
      "Assign",
      "Resource",
      "Credentials",
      "ResultSelector",
      "Retry",
      "Catch",
      "TimeoutSeconds",
      "TimeoutSecondsPath",
      "HeartbeatSeconds",
      "HeartbeatSecondsPath"),
  CHOICE("Choice", false, "InputPath", "OutputPath", "Output", "Assign", "Choices", "Default"),
  WAIT("Wait", true, "InputPath", "OutputPath", "Output", "Assign", "Seconds", "Timestamp", "SecondsPath",
      "TimestampPath"),
  SUCCEED("Succeed", false, "InputPath", "OutputPath", "Output"),
  FAIL("Fail", false, "Error", "Cause", "ErrorPath", "CausePath"),
  PARALLEL(
      "Parallel",
      true,
      "InputPath",
      "OutputPath",
      "ResultPath",
      "Parameters",
      "Arguments",
      "Output",
      "Assign",
      "ResultSelector",
      "Retry",
      "Catch",
      "Branches"),
  MAP(
      "Map",
      true,
      "InputPath",
      "OutputPath",
      "ResultPath",
      "Parameters",
      "Output",
      "Assign",
      "ResultSelector",
      "Retry",
      "Catch",
      "ItemProcessor",
      "Iterator",
      "ItemsPath",
      "Items",
      "ItemSelector",
      "ItemReader",
      "ItemBatcher",
      "ResultWriter",
      "MaxConcurrency",
      "MaxConcurrencyPath",
      "ToleratedFailurePercentage",
      "ToleratedFailurePercentagePath",
      "ToleratedFailureCount",
      "ToleratedFailureCountPath",
      "Label");

  /** Fields of a JSONPath state that a JSONata state rejects, in the order AWS reports them. */
  static final List<String> JSONPATH_ONLY =
      List.of(
          "InputPath",
          "OutputPath",
          "ResultPath",
          "ResultSelector",
          "Parameters",
          "Result",
          "ItemsPath",
          "MaxConcurrencyPath",
          "ToleratedFailurePercentagePath",
          "ToleratedFailureCountPath",
          "TimeoutSecondsPath",
          "HeartbeatSecondsPath",
          "SecondsPath",
          "TimestampPath",
          "ErrorPath",
          "CausePath");

  /** Fields of a JSONata state that a JSONPath state rejects. */
  static final List<String> JSONATA_ONLY = List.of("Output", "Arguments", "Items");

  private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");
  private static final Set<String> TRANSITIONS = Set.of("Next", "End");

  private final String awsName;
  private final boolean transitions;
  private final Set<String> fields;

  StateType(String awsName, boolean transitions, String... fields) {
    this.awsName = awsName;
    this.transitions = transitions;
    this.fields = Set.of(fields);
  }

  String awsName() {
    return awsName;
  }

  /** Whether the state moves on with Next or ends with End (all but Choice, Succeed and Fail). */
  boolean hasTransition() {
    return transitions;
  }

  boolean accepts(String field) {
    return COMMON.contains(field) || fields.contains(field) || (transitions && TRANSITIONS.contains(field));
  }

  static Optional<StateType> of(String awsName) {
    return Arrays.stream(values()).filter(t -> t.awsName.equals(awsName)).findFirst();
  }

  static List<String> fieldsOnlyFor(QueryLanguage language) {
    return language == QueryLanguage.JSONPATH ? JSONPATH_ONLY : JSONATA_ONLY;
  }
}
