package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.START;
import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Wait states on the virtual clock: each form waits exactly as long as it says, bad values fail as AWS's do. */
class WaitStateTest {
  private final EngineHarness harness = new EngineHarness();

  private static String waitMachine(String waitFields) {
    return """
        {"StartAt": "WaitState", "States": {"WaitState": {"Type": "Wait", %s, "End": true}}}""".formatted(waitFields);
  }

  private static Instant exitTime(ExecutionResult result) {
    return timestamp(events(result, "WaitStateExited").getFirst());
  }

  @Test
  void seconds_exitsExactlyThatLaterAndPassesInputOn() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"Seconds\": 90"), "{\"a\": 1}");
    // THEN
    assertThat(timestamp(events(result, "WaitStateEntered").getFirst())).isEqualTo(START);
    assertThat(exitTime(result)).isEqualTo(START.plusSeconds(90));
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"a\": 1}"));
  }

  @Test
  void secondsPath_readsTheDelayFromInput() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"SecondsPath\": \"$.input.waitSeconds\""), "{\"input\": {\"waitSeconds\": 3600}}");
    // THEN
    assertThat(exitTime(result)).isEqualTo(START.plusSeconds(3600));
  }

  @Test
  void timestamp_exitsAtThatInstant() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"Timestamp\": \"2026-01-02T03:04:05Z\""), "{}");
    // THEN
    assertThat(exitTime(result)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
  }

  @Test
  void timestampPathWithOffset_exitsAtThatInstant() {
    // GIVEN a timestamp with a +02:00 offset
    // WHEN
    ExecutionResult result = harness.run(waitMachine("\"TimestampPath\": \"$.until\""), "{\"until\": \"2026-01-01T12:00:00+02:00\"}");
    // THEN
    assertThat(exitTime(result)).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
  }

  @Test
  void timestampInThePast_exitsAtOnce() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"Timestamp\": \"2016-12-05T21:29:29Z\""), "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(exitTime(result)).isEqualTo(START);
  }

  @Test
  void jsonataSeconds_evaluatesExpression() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
          "Seconds": "{% $states.input.minutes * 60 %}", "Output": "{% $states.input.minutes %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"minutes\": 2}");
    // THEN
    assertThat(exitTime(result)).isEqualTo(START.plusSeconds(120));
    assertThat(result.output().asInt()).isEqualTo(2);
  }

  @Test
  void twoWaitsInSequence_addUp() {
    // GIVEN
    String definition = """
        {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 10, "Next": "B"},
          "B": {"Type": "Wait", "Seconds": 5, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(events(result, "WaitStateExited")).extracting(EngineHarness::timestamp)
        .containsExactly(START.plusSeconds(10), START.plusSeconds(15));
    assertThat(timestamp(events(result, "ExecutionSucceeded").getFirst())).isEqualTo(START.plusSeconds(15));
  }

  @Test
  void negativeSecondsPath_failsWithAwsMessage() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"SecondsPath\": \"$.input.waitSeconds\""), "{\"input\": {\"waitSeconds\": -1}}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'WaitState' (entered at the event id #2)."
        + " The SecondsPath parameter references a negative value: $.input.waitSeconds == -1");
  }

  @Test
  void fractionalSecondsPath_failsWithAwsMessage() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(waitMachine("\"SecondsPath\": \"$.input.waitSeconds\""), "{\"input\": {\"waitSeconds\": 1.5}}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).endsWith("The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == 1.5");
  }

  @Test
  void invalidTimestampPath_failsWithAwsMessage() {
    // GIVEN a timestamp without an offset
    // WHEN
    ExecutionResult result = harness.run(waitMachine("\"TimestampPath\": \"$.TimestampValue\""), "{\"TimestampValue\": \"2016-12-05T21:29:29\"}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).endsWith("The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
        + " date-time format string: $.TimestampValue == 2016-12-05T21:29:29");
  }

  @Test
  void jsonataNegativeSeconds_failsWithQueryEvaluationError() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": "{% -5 %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(timestamp(events(result, "ExecutionFailed").getFirst())).isEqualTo(START);
  }

  @Test
  void jsonataUnparseableTimestamp_failsWithAwsMessage() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "WaitState", "States": {"WaitState": {"Type": "Wait",
          "Timestamp": "{% $states.input.at %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"at\": \"2016-13-05T21:29:29Z\"}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(result.cause()).endsWith(
        "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-13-05T21:29:29Z");
  }
}
