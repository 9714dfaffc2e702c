package dev.opsflow.local.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.opsflow.local.engine.StateMachineType;
import org.junit.jupiter.api.Test;

class ValidationApiTest {
  private static final String THREE_ERRORS =
      """
      {"QueryLanguage": "JSONata", "StartAt": "X", "States": {"X": {"Type": "Pass", "End": true,
        "InputPath": "$.a", "OutputPath": "$.b", "ResultPath": "$.c"}}}
      """;

  @Test
  void maxResultsBelowDiagnosticCount_truncates() {
    // GIVEN a definition with three errors
    DefinitionValidator validator = new DefinitionValidator();
    // WHEN at most one is asked for
    ValidationResult result = validator.validateForApi(THREE_ERRORS, StateMachineType.STANDARD, 1);
    // THEN one comes back, flagged as truncated
    assertThat(result.result()).isEqualTo("FAIL");
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void maxResultsZero_usesDefault() {
    // GIVEN the same definition
    DefinitionValidator validator = new DefinitionValidator();
    // WHEN maxResults is 0
    ValidationResult result = validator.validateForApi(THREE_ERRORS, StateMachineType.STANDARD, 0);
    // THEN all three come back untruncated
    assertThat(result.diagnostics()).hasSize(3);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void validDefinition_passesCheck() {
    // GIVEN a machine using most state types
    String definition =
        """
        {"Comment": "all types", "StartAt": "P", "TimeoutSeconds": 60, "Version": "1.0", "States": {
          "P": {"Type": "Pass", "Result": {"a": 1}, "ResultPath": "$.r", "Next": "W"},
          "W": {"Type": "Wait", "SecondsPath": "$.s", "Next": "T"},
          "T": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                "Parameters": {"StateMachineArn.$": "$.arn"}, "TimeoutSeconds": 30, "HeartbeatSeconds": 10,
                "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2, "BackoffRate": 1.5,
                           "MaxDelaySeconds": 10, "JitterStrategy": "FULL"}, {"ErrorEquals": ["States.ALL"]}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "F"}], "Next": "C"},
          "C": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.n", "NumericGreaterThan": 1},
                {"Variable": "$.s", "StringMatches": "a*"}], "Next": "PAR"}], "Default": "S"},
          "PAR": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}],
                  "Next": "M"},
          "M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 0, "Iterator": {"StartAt": "I",
                "States": {"I": {"Type": "Pass", "End": true}}}, "Next": "S"},
          "S": {"Type": "Succeed"},
          "F": {"Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "States.Format('{}', $.error.Cause)"}}}
        """;
    // WHEN / THEN
    assertThatCode(() -> new DefinitionValidator().check(definition, StateMachineType.STANDARD))
        .doesNotThrowAnyException();
  }
}
