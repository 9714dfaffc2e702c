package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.DefinitionException;
import org.junit.jupiter.api.Test;

class DefinitionErrorCheckTest {
  private static final String MESSAGE =
      "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at"
          + " /States/WaitUntil/Timestamp'";

  private static ConformanceCase refusedWith(String code, String message) {
    return TestCases.of(TestCases.caseJson("definition_error",
        "{\"operation\":\"create_state_machine\",\"error_code\":\"" + code + "\",\"message\":\"" + message + "\"}"));
  }

  @Test
  void sameCodeAndMessage_passes() {
    // GIVEN / WHEN / THEN
    assertThat(DefinitionErrorCheck.check(refusedWith("InvalidDefinition", MESSAGE),
            new DefinitionException("InvalidDefinition", MESSAGE)))
        .isInstanceOf(CaseOutcome.Passed.class);
  }

  @Test
  void differentMessage_failsWithTheMessageDiff() {
    // GIVEN AWS's refusal
    ConformanceCase testCase = refusedWith("InvalidDefinition", MESSAGE);

    // WHEN ours words it differently
    CaseOutcome outcome =
        DefinitionErrorCheck.check(testCase, new DefinitionException("InvalidDefinition", "Invalid timestamp"));

    // THEN the message is named as the difference
    assertThat(outcome).isInstanceOfSatisfying(CaseOutcome.Failed.class,
        failed -> assertThat(failed.reason()).startsWith("message: expected \"Invalid State Machine Definition"));
  }

  @Test
  void differentCode_failsOnTheCodeFirst() {
    // GIVEN / WHEN
    CaseOutcome outcome = DefinitionErrorCheck.check(
        refusedWith("InvalidDefinition", MESSAGE), new DefinitionException("ValidationException", MESSAGE));

    // THEN
    assertThat(outcome).isInstanceOfSatisfying(CaseOutcome.Failed.class, failed -> assertThat(failed.reason())
        .isEqualTo("error_code: expected \"InvalidDefinition\" but was \"ValidationException\""));
  }

  @Test
  void acceptedDefinition_failsNamingTheExpectedRefusal() {
    // GIVEN / WHEN
    CaseOutcome outcome = DefinitionErrorCheck.acceptedByUs(refusedWith("InvalidDefinition", MESSAGE));

    // THEN
    assertThat(outcome).isInstanceOfSatisfying(CaseOutcome.Failed.class, failed -> assertThat(failed.reason())
        .startsWith("expected InvalidDefinition (Invalid State Machine").endsWith("but the state machine was created"));
  }
}
