package dev.opsflow.local.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.StateMachineType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionRulesTest {
  @Test
  void missingNextAndUnreachableState_joinedInOneMessageAsAwsDoes() {
    // GIVEN pass1 -> pass3 (absent) and pass2 that nothing targets
    String definition =
        """
        {"StartAt": "pass1", "States": {
          "pass1": {"Type": "Pass", "Next": "pass3"},
          "pass2": {"Type": "Pass", "End": true}}}
        """;
    // WHEN / THEN
    assertThatThrownBy(() -> new DefinitionValidator().check(definition, StateMachineType.STANDARD))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3"
            + " at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at"
            + " /States/pass2'");
  }

  @Test
  void loopWithoutTerminalState_isMissingEndStateAtNull() {
    // GIVEN A <-> B and an unused state routing into the loop
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"},
          "Unused": {"Type": "Pass", "Next": "A"}}}
        """;
    // WHEN
    List<String> diagnostics = Validations.of(definition);
    // THEN only the missing terminal state is reported
    assertThat(diagnostics).containsExactly("MISSING_END_STATE|Workflow has no terminal state|null");
    assertThatThrownBy(() -> new DefinitionValidator().check(definition, StateMachineType.STANDARD))
        .hasMessage("Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state at null'");
  }

  @Test
  void danglingTargetWithoutTerminalState_reportsTargetThenEndState() {
    // GIVEN one state whose Next names nothing
    String definition = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"NOPE\"}}}";
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        "MISSING_TRANSITION_TARGET|Missing 'Next' target: NOPE|/States/A/Next",
        "MISSING_END_STATE|Workflow has no terminal state|null");
  }

  @Test
  void danglingTargetsOfChoiceAndCatch_pointAtTheirFields() {
    // GIVEN a Choice with missing rule and default targets and a Task whose catcher names nothing
    String definition =
        """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Ghost1"},
                                             {"Variable": "$.x", "IsNull": true, "Next": "T"}],
                "Default": "Ghost2"},
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Ghost3"}]}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        "MISSING_TRANSITION_TARGET|Missing 'Next' target: Ghost1|/States/C/Choices[0]/Next",
        "MISSING_TRANSITION_TARGET|Missing 'Next' target: Ghost2|/States/C/Default",
        "MISSING_TRANSITION_TARGET|Missing 'Next' target: Ghost3|/States/T/Catch[0]/Next");
  }

  @Test
  void danglingStartAtInItemProcessor_reportsStartAtAndUnreachableAtNestedPaths() {
    // GIVEN an item processor starting at a state it does not hold
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
          "ItemProcessor": {"StartAt": "Nope", "States": {"A": {"Type": "Pass", "End": true}}}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        "MISSING_TRANSITION_TARGET|Missing 'Next' target: Nope|/States/M/ItemProcessor/StartAt",
        "MISSING_TRANSITION_TARGET|State \"A\" is not reachable.|/States/M/ItemProcessor/States/A");
  }

  @Test
  void unreachableStateInParallelBranch_usesBracketIndex() {
    // GIVEN a branch with a state nothing targets
    String definition =
        """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "W", "States": {
          "W": {"Type": "Pass", "End": true}, "Ghost": {"Type": "Pass", "End": true}}}], "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        "MISSING_TRANSITION_TARGET|State \"Ghost\" is not reachable.|/States/P/Branches[0]/States/Ghost");
  }

  @Test
  void nestedLoopWithoutTerminalState_isAccepted() {
    // GIVEN an item processor that loops forever (only the top level needs a terminal state)
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {
          "StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}},
          "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).isEmpty();
  }

  @Test
  void stateNameUsedInTwoBranches_isDuplicate() {
    // GIVEN two branches each holding a state named X
    String definition =
        """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
          {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}}]}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition))
        .containsExactly("DUPLICATE_STATE_NAME|Duplicate State name: X|/States/P/Branches[1]/States/X");
  }

  @Test
  void stateNameWrittenTwiceInOneStatesObject_isDuplicate() {
    // GIVEN the same key twice, which a JSON tree silently collapses
    String definition =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"},
          "A": {"Type": "Pass", "Next": "B"}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly("DUPLICATE_STATE_NAME|Duplicate State name: A|/States/A");
  }

  @Test
  void schemaError_suppressesGraphAnalysis() {
    // GIVEN a machine without StartAt, whose only state is therefore targeted by nothing
    String definition = "{\"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true}}}";
    // WHEN / THEN only the schema error is reported, as on AWS
    assertThat(Validations.of(definition))
        .containsExactly(Validations.schema("These fields are required: [StartAt]", "/"));
  }
}
