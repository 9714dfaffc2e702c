package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.shared.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionCheckTest {

  private static ExecutionResult succeeded(String output) {
    return new ExecutionResult("arn", ExecutionStatus.SUCCEEDED, Json.parse(output), null, null, List.of());
  }

  private static ExecutionResult failed(String error, String cause) {
    return new ExecutionResult("arn", ExecutionStatus.FAILED, null, error, cause, List.of());
  }

  private static String reason(CaseOutcome outcome) {
    return outcome instanceof CaseOutcome.Failed failed ? failed.reason() : "passed";
  }

  @Test
  void sameOutput_passes() {
    // GIVEN / WHEN / THEN
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\",\"output\":{\"a\":1.0}}");
    assertThat(ExecutionCheck.check(testCase, succeeded("{\"a\":1}"))).isInstanceOf(CaseOutcome.Passed.class);
  }

  @Test
  void differentStatus_failsNamingOurError() {
    // GIVEN AWS succeeded
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\",\"output\":{}}");

    // WHEN ours failed
    CaseOutcome outcome = ExecutionCheck.check(testCase, failed("States.Runtime", "bad path"));

    // THEN the reason says both statuses and our error
    assertThat(reason(outcome)).isEqualTo("status: expected SUCCEEDED but was FAILED (States.Runtime: bad path)");
    assertThat(((CaseOutcome.Failed) outcome).actual()).contains("\"error\":\"States.Runtime\"");
  }

  @Test
  void failedExecution_comparesErrorAndCause() {
    // GIVEN AWS failed with an error and a cause
    ConformanceCase testCase =
        TestCases.execution("{\"status\":\"FAILED\",\"error\":\"MyError\",\"cause\":\"It broke\"}");

    // WHEN / THEN
    assertThat(ExecutionCheck.check(testCase, failed("MyError", "It broke"))).isInstanceOf(CaseOutcome.Passed.class);
    assertThat(reason(ExecutionCheck.check(testCase, failed("MyError", "It bent"))))
        .isEqualTo("cause: expected \"It broke\" but was \"It bent\"");
  }

  @Test
  void absentExpectedCause_requiresNoCause() {
    // GIVEN AWS failed with no error and no cause
    ConformanceCase testCase = TestCases.execution("{\"status\":\"FAILED\"}");

    // WHEN / THEN ours must have none either
    assertThat(ExecutionCheck.check(testCase, failed(null, null))).isInstanceOf(CaseOutcome.Passed.class);
    assertThat(reason(ExecutionCheck.check(testCase, failed("States.Fail", null))))
        .isEqualTo("error: expected (missing) but was \"States.Fail\"");
  }

  @Test
  void parsedCause_isComparedAsJsonWithPlaceholders() {
    // GIVEN a recorded cause that was JSON text, with its request id replaced
    var json = TestCases.caseJson("execution",
        "{\"status\":\"FAILED\",\"error\":\"Exception\",\"cause_parsed\":true,"
            + "\"cause\":{\"errorMessage\":\"x\",\"requestId\":\"<uuid:1>\",\"n\":1}}");
    json.put("expected_exact", false);
    json.withArray("expected_placeholders").add("<uuid:1>");
    ConformanceCase testCase = TestCases.of(json);

    // WHEN / THEN our compact JSON text matches, a different message does not
    String ours = "{\"n\":1.0, \"requestId\":\"r-9\",\"errorMessage\":\"x\"}";
    assertThat(ExecutionCheck.check(testCase, failed("Exception", ours))).isInstanceOf(CaseOutcome.Passed.class);
    String otherMessage = ours.replace("\"x\"", "\"y\"");
    assertThat(reason(ExecutionCheck.check(testCase, failed("Exception", otherMessage))))
        .startsWith("cause.errorMessage:");
    assertThat(reason(ExecutionCheck.check(testCase, failed("Exception", "not json"))))
        .startsWith("cause: expected JSON");
  }

  @Test
  void scalarOutput_comparesByValue() {
    // GIVEN AWS's output was a bare number
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\",\"output\":0.0}");

    // WHEN / THEN
    assertThat(ExecutionCheck.check(testCase, succeeded("0"))).isInstanceOf(CaseOutcome.Passed.class);
    JsonNode text = Json.parse("\"0\"");
    assertThat(ExecutionCheck.check(testCase, succeeded(Json.write(text)))).isInstanceOf(CaseOutcome.Failed.class);
  }
}
