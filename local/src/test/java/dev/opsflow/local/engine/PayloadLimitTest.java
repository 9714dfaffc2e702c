package dev.opsflow.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;

/** AWS's 256 KiB limit on what a state passes on: States.DataLimitExceeded, which States.ALL does not catch. */
class PayloadLimitTest {
  private static final int LIMIT = 256 * 1024;

  private final EngineHarness harness = new EngineHarness();

  /** A function returning a string of {@code length} characters (JSON text two bytes longer). */
  private void bigResult(String name, int length) {
    harness.function(name, (payload, invocation) -> Json.MAPPER.getNodeFactory().textNode("x".repeat(length)));
  }

  private static String taskMachine(String fn) {
    return """
        {"StartAt": "State_1", "States": {"State_1": {"Type": "Task", "Resource": "%s",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""".formatted(EngineHarness.functionArn(fn));
  }

  @Test
  void resultOverLimit_failsWithDataLimitExceeded_notCaughtByStatesAll() {
    // GIVEN a result of limit + 1 bytes
    bigResult("big", LIMIT - 1);
    // WHEN
    ExecutionResult result = harness.run(taskMachine("big"), "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
    assertThat(result.cause())
        .isEqualTo("The state/task 'State_1' returned a result with a size exceeding the maximum number of bytes service limit.");
  }

  @Test
  void resultExactlyAtLimit_isAccepted() {
    // GIVEN a result of exactly limit bytes (the string and its quotes)
    bigResult("edge", LIMIT - 2);
    // WHEN
    ExecutionResult result = harness.run(taskMachine("edge"), "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().asText()).hasSize(LIMIT - 2);
  }

  @Test
  void passStateBuildingOversizedOutput_fails() {
    // GIVEN a Pass that multiplies its input past the limit
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Grow", "States": {"Grow": {"Type": "Pass",
          "Output": "{% $join([1..3].($states.input.s), '') %}", "End": true}}}""";
    String input = "{\"s\": \"" + "y".repeat(100_000) + "\"}";
    // WHEN
    ExecutionResult result = harness.run(definition, input);
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
  }
}
