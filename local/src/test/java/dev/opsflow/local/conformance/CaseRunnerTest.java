package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
  private final CaseRunner runner = new CaseRunner(Duration.ofMillis(500));

  private static String reason(CaseResult result) {
    return result.outcome() instanceof CaseOutcome.Failed failed ? failed.reason() : result.outcome().toString();
  }

  @Test
  void testStateAndValidateKinds_areSkipped() {
    // GIVEN / WHEN / THEN
    assertThat(runner.run(TestCases.of(TestCases.caseJson("test_state", "{}"))).outcome())
        .isEqualTo(new CaseOutcome.Skipped("kind test_state is not run"));
    assertThat(runner.run(TestCases.of(TestCases.caseJson("validate_definition", "{}"))).outcome())
        .isInstanceOf(CaseOutcome.Skipped.class);
  }

  @Test
  void unsupportedOperation_failsWithReason() {
    // GIVEN a refusal recorded from UpdateStateMachine
    ConformanceCase testCase = TestCases.of(TestCases.caseJson("definition_error",
        "{\"operation\":\"update_state_machine\",\"error_code\":\"StateMachineDoesNotExist\",\"message\":\"m\"}"));

    // WHEN / THEN
    assertThat(reason(runner.run(testCase))).isEqualTo("operation not supported yet: update_state_machine");
  }

  @Test
  void exceptionWhilePreparing_failsTheCaseOnly() {
    // GIVEN a case whose Lambda behaviour cannot be emulated
    ObjectNode json = TestCases.caseJson("execution", "{\"status\":\"SUCCEEDED\",\"output\":{}}");
    json.set("lambda_functions", Json.parse(
        "{\"arn:aws:lambda:us-east-1:111111111111:function:f\":{\"behaviour\":{\"kind\":\"sleep\"}}}"));

    // WHEN run
    CaseResult result = runner.run(TestCases.of(json));

    // THEN it fails with the exception's text and where it was thrown
    assertThat(reason(result))
        .startsWith("engine threw java.lang.UnsupportedOperationException: operation not supported yet")
        .contains(" at dev.opsflow.local.conformance.LambdaEmulation");
    assertThat(((CaseOutcome.Failed) result.outcome()).actual()).contains("  at ");
  }

  @Test
  void hangingBody_timesOut() {
    // GIVEN a body that never ends in time
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\"}");

    // WHEN run under the runner's limit
    CaseResult result = runner.withTimeout(testCase, () -> {
      Thread.sleep(60_000);
      return null;
    });

    // THEN the case fails and the runner goes on
    assertThat(reason(result)).startsWith("timed out after 500 ms");
  }

  @Test
  void errorThrownByEngine_failsTheCase() {
    // GIVEN a body that overflows its stack
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\"}");

    // WHEN / THEN
    CaseResult result = runner.withTimeout(testCase, () -> {
      throw new StackOverflowError("deep");
    });
    assertThat(reason(result)).startsWith("engine threw java.lang.StackOverflowError: deep");
  }
}
