package dev.opsflow.local.asl.validate;

import static dev.opsflow.local.asl.validate.Validations.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.StateMachineType;
import org.junit.jupiter.api.Test;

class StateSchemaRulesTest {
  @Test
  void fieldsTheTypeDoesNotCarry_areNotSupported() {
    // GIVEN a Pass with TimeoutSeconds, Retry and Catch
    String definition =
        """
        {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true, "TimeoutSeconds": 5,
          "Retry": [{"ErrorEquals": ["States.ALL"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "X"}]}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("Field 'TimeoutSeconds' is not supported", "/States/X"),
        schema("Field 'Retry' is not supported", "/States/X"),
        schema("Field 'Catch' is not supported", "/States/X"));
  }

  @Test
  void unknownTopLevelFieldAndMissingStates_areReportedAtRoot() {
    // GIVEN a definition with a typo'd field and no States
    String definition = "{\"StartAt\": \"X\", \"Startat\": \"X\"}";
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("Field 'Startat' is not supported", "/"),
        schema("These fields are required: [States]", "/"));
  }

  @Test
  void nextAndEndTogetherOrNeither_areRefused() {
    // GIVEN one state with both and one with neither
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "End": true}, "B": {"Type": "Wait",
          "Seconds": 1}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("There should only be one of the following fields: [Next, End]", "/States/A"),
        schema("This object should have only one of the following fields: [Next, End]", "/States/B"));
  }

  @Test
  void missingOrUnknownType_isRefused() {
    // GIVEN a state without Type and one with an unknown Type
    String definition =
        "{\"StartAt\": \"A\", \"States\": {\"A\": {\"End\": true}, \"B\": {\"Type\": \"Sleep\", \"End\": true}}}";
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("These fields are required: [Type]", "/States/A"),
        schema("Value should be one of the following: [Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map]",
            "/States/B/Type"));
  }

  @Test
  void stateNameLongerThan80_isInvalidStateName() {
    // GIVEN an 81-character state name
    String name = "N".repeat(81);
    String definition =
        "{\"StartAt\": \"%s\", \"States\": {\"%s\": {\"Type\": \"Succeed\"}}}".formatted(name, name);
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly("INVALID_STATE_NAME|Invalid State name: State '" + name
        + "' exceeds the 80-character limit allowed by the service|/States/" + name);
  }

  @Test
  void waitWithTwoTimingFields_andJsonataTimestamp() {
    // GIVEN a Wait with Seconds and SecondsPath, and a JSONata Wait with an expression timestamp
    String definition =
        """
        {"StartAt": "A", "States": {
          "A": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "Next": "B"},
          "B": {"Type": "Wait", "QueryLanguage": "JSONata", "Timestamp": "{% $states.input.t %}", "Next": "C"},
          "C": {"Type": "Wait", "Timestamp": "2016-03-05T21:29:29.243167252Z", "Next": "D"},
          "D": {"Type": "Wait", "Seconds": -1, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("There should only be one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]",
            "/States/A"),
        schema("Minimum value is 0", "/States/D/Seconds"));
  }

  @Test
  void retryAndCatchShapes_areChecked() {
    // GIVEN misplaced States.ALL, empty ErrorEquals, bad backoff and jitter, and a catcher without Next
    String definition =
        """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "End": true,
          "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": [], "BackoffRate": 0.5,
                    "JitterStrategy": "SOME", "MaxDelaySeconds": 0}],
          "Catch": [{"ErrorEquals": ["States.ALL", "X"]}]}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("States.ALL must appear alone and at end of list", "/States/T/Retry[0]/ErrorEquals"),
        schema("Value cannot be empty", "/States/T/Retry[1]/ErrorEquals"),
        schema("Minimum value is 1", "/States/T/Retry[1]/BackoffRate"),
        schema("Minimum value is 1", "/States/T/Retry[1]/MaxDelaySeconds"),
        schema("Value should be one of the following: [NONE, FULL]", "/States/T/Retry[1]/JitterStrategy"),
        schema("States.ALL must appear alone and at end of list", "/States/T/Catch[0]/ErrorEquals"),
        schema("These fields are required: [Next]", "/States/T/Catch[0]"));
  }

  @Test
  void choiceRules_needNextAndOneComparison() {
    // GIVEN an empty Choices list, and a Choice whose rules lack Next, compare twice or nest a Next
    String definition =
        """
        {"StartAt": "A", "States": {
          "A": {"Type": "Choice", "Choices": [], "Default": "B"},
          "B": {"Type": "Choice", "Default": "C", "Choices": [
            {"Variable": "$.x", "StringEquals": "a"},
            {"Variable": "$.x", "StringEquals": "a", "IsNull": false, "Next": "C"},
            {"Not": {"Variable": "$.x", "IsPresent": true, "Next": "C"}, "Next": "C"}]},
          "C": {"Type": "Succeed"}}}
        """;
    // WHEN
    var diagnostics = Validations.of(definition);
    // THEN
    assertThat(diagnostics).hasSize(4);
    assertThat(diagnostics.get(0)).isEqualTo(schema("Value cannot be empty", "/States/A/Choices"));
    assertThat(diagnostics.get(1)).isEqualTo(schema("These fields are required: [Next]", "/States/B/Choices[0]"));
    assertThat(diagnostics.get(2)).startsWith("SCHEMA_VALIDATION_FAILED|There should only be one of the following"
        + " fields: [StringEquals, ").endsWith("|/States/B/Choices[1]");
    assertThat(diagnostics.get(3)).isEqualTo(schema("Field 'Next' is not supported", "/States/B/Choices[2]/Not"));
  }

  @Test
  void parallelAndMapShapes_areChecked() {
    // GIVEN an empty Branches list, a Map with no processor, and a distributed Map without ExecutionType
    String definition =
        """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Branches": [], "Next": "M"},
          "M": {"Type": "Map", "MaxConcurrency": -1, "Next": "D"},
          "D": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "X",
                "States": {"X": {"Type": "Pass", "End": true}}}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("Value cannot be empty", "/States/P/Branches"),
        schema("This object should have only one of the following fields: [ItemProcessor, Iterator]", "/States/M"),
        schema("Minimum value is 0", "/States/M/MaxConcurrency"),
        schema("These fields are required: [ExecutionType]", "/States/D/ItemProcessor/ProcessorConfig"));
  }

  @Test
  void expressMachine_refusesDistributedMapAndActivities() {
    // GIVEN an Express machine with an activity task and a distributed Map
    String definition =
        """
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:111111111111:activity:work", "Next": "D"},
          "D": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
                "ExecutionType": "EXPRESS"}, "StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
                "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition, StateMachineType.EXPRESS)).containsExactly(
        schema("Express state machine does not support Activity ARN", "/States/A/Resource"),
        schema("The field 'Mode' with value 'DISTRIBUTED' is not supported inside 'EXPRESS' state machines",
            "/States/D/ItemProcessor/ProcessorConfig/Mode"));
    assertThat(Validations.of(definition, StateMachineType.STANDARD)).isEmpty();
  }

  @Test
  void taskResources_recognisedOrNot() {
    // GIVEN a Lambda ARN, an SDK integration, a .sync that lambda lacks and a missing Resource
    String definition =
        """
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f", "Next": "B"},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "Next": "C"},
          "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.sync", "Next": "D"},
          "D": {"Type": "Task", "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("The resource provided arn:aws:states:::lambda:invoke.sync is not recognized. The value is not a"
            + " valid resource ARN, or the resource is not available in this region.", "/States/C/Resource"),
        schema("These fields are required: [Resource]", "/States/D"));
  }

  @Test
  void pathsAndPayloadTemplates_areCheckedForSyntax() {
    // GIVEN a non-path InputPath, a wildcard ResultPath and a .$ value that is neither path nor intrinsic
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "a", "ResultPath": "$.items[*]",
          "Parameters": {"ok.$": "States.Format('{}', $.a)", "nested": {"bad.$": "literal"}}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("Value must be a valid JSONPath.", "/States/A/InputPath"),
        schema("Value is not a Reference Path: Reference path must identify a single node", "/States/A/ResultPath"),
        schema("The value for the field 'bad.$' must be a valid JSONPath or a valid intrinsic function call",
            "/States/A/Parameters/nested/bad.$"));
  }

  @Test
  void assignVariableNames_mustBeIdentifiersAndNotStates() {
    // GIVEN Assign keys with a dash and the reserved name
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"ok_1": 1, "bad-name": 2, "states": 3,
          "fromPath.$": "$.x"}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        "INVALID_VARIABLE_NAME|Invalid variable name 'bad-name': the variable name contains invalid characters."
            + "|/States/A/Assign/bad-name",
        "RESERVED_VARIABLE_NAME|Cannot assign to reserved variable '$states'.|/States/A/Assign/states");
  }
}
