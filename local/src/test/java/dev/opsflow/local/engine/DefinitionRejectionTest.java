package dev.opsflow.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opsflow.local.asl.DefinitionException;
import org.junit.jupiter.api.Test;

/** CreateStateMachine refuses what AWS refuses, with AWS's error code and message, and registers nothing. */
class DefinitionRejectionTest {
  private final EngineHarness harness = new EngineHarness();

  private DefinitionException rejection(String definition, StateMachineType type) {
    Throwable thrown = catchThrowable(() -> harness.engine.createStateMachine("rejected", definition, type));
    assertThat(thrown).isInstanceOf(DefinitionException.class);
    return (DefinitionException) thrown;
  }

  @Test
  void missingTransitionTarget_isInvalidDefinition() {
    // GIVEN
    String definition = """
        {"StartAt": "pass1", "States": {"pass1": {"Type": "Pass", "Next": "pass3"}, "pass2": {"Type": "Pass", "End": true}}}""";
    // WHEN
    DefinitionException e = rejection(definition, StateMachineType.STANDARD);
    // THEN
    assertThat(e.errorCode()).isEqualTo("InvalidDefinition");
    assertThat(e).hasMessage("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3"
        + " at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2'");
    assertThat(harness.engine.machines().find("arn:aws:states:us-east-1:111111111111:stateMachine:rejected")).isEmpty();
  }

  @Test
  void invalidWaitTimestamp_isSchemaValidationFailure() {
    // GIVEN
    String definition = """
        {"StartAt": "WaitUntil", "States": {"WaitUntil": {"Type": "Wait", "Timestamp": "2016-12-05 21:29:29Z", "End": true}}}""";
    // WHEN / THEN
    assertThat(rejection(definition, StateMachineType.STANDARD)).hasMessage(
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/WaitUntil/Timestamp'");
  }

  @Test
  void statesAllNotLast_isRejected() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Parallel", "End": true,
          "Branches": [{"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}],
          "Catch": [{"ErrorEquals": ["A"], "Next": "F"}, {"ErrorEquals": ["States.ALL"], "Next": "F"}, {"ErrorEquals": ["B"], "Next": "F"}]}}}""";
    // WHEN / THEN
    assertThat(rejection(definition, StateMachineType.STANDARD)).hasMessage(
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: States.ALL must appear alone and at end of list at /States/F/Catch[1]/ErrorEquals'");
  }

  @Test
  void expressMachineWithWaitForTaskToken_isRejected() {
    // GIVEN
    String definition = """
        {"StartAt": "Publish", "States": {"Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:111111111111:t", "Message.$": "$$.Task.Token"}, "End": true}}}""";
    // WHEN / THEN AWS's message has two spaces before "at"
    assertThat(rejection(definition, StateMachineType.EXPRESS)).hasMessage(
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
            + " '.waitForTaskToken' service integration  at /States/Publish/Resource'");
  }

  @Test
  void sameDefinitionAsStandard_isAccepted() {
    // GIVEN the definition an Express machine may not have
    String definition = """
        {"StartAt": "Publish", "States": {"Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:111111111111:t", "Message.$": "$$.Task.Token"}, "End": true}}}""";
    // WHEN
    StateMachineRef ref = harness.engine.createStateMachine("standard", definition, StateMachineType.STANDARD);
    // THEN
    assertThat(ref.arn()).isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:standard");
  }

  @Test
  void notJson_isRejected() {
    // GIVEN / WHEN
    DefinitionException e = rejection("{\"StartAt\": ", StateMachineType.STANDARD);
    // THEN
    assertThat(e.errorCode()).isEqualTo("InvalidDefinition");
    assertThat(e.getMessage()).startsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ");
  }

  @Test
  void duplicateName_isStateMachineAlreadyExists() {
    // GIVEN
    String definition = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    harness.engine.createStateMachine("twice", definition, StateMachineType.STANDARD);
    // WHEN / THEN
    assertThatThrownBy(() -> harness.engine.createStateMachine("twice", definition, StateMachineType.STANDARD))
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.errorCode()).isEqualTo("StateMachineAlreadyExists"))
        .hasMessage("State Machine Already Exists: 'arn:aws:states:us-east-1:111111111111:stateMachine:twice'");
  }

  @Test
  void jsonPathFieldInJsonataState_isRejected() {
    // GIVEN a JSONata state using Parameters
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"a": 1}, "End": true}}}""";
    // WHEN
    DefinitionException e = rejection(definition, StateMachineType.STANDARD);
    // THEN
    assertThat(e.errorCode()).isEqualTo("InvalidDefinition");
    assertThat(e.getMessage()).startsWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ").contains("/States/P");
  }

  @Test
  void jsonPathStateInJsonataMachine_isRejected() {
    // GIVEN a JSONata machine with one state asking for JSONPath
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}""";
    // WHEN / THEN
    assertThat(rejection(definition, StateMachineType.STANDARD)).hasMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED:"
        + " 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine at /States/P'");
  }
}
