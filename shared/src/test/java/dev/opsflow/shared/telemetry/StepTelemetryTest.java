package dev.opsflow.shared.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** A step's log fields in the MDC while it runs, and its EMF metrics through Powertools' Metrics. */
class StepTelemetryTest {
  private static final Map<String, Object> INPUT = Map.of(
      "execution_id", "arn:aws:states:us-east-1:111111111111:execution:opsflow-service-intake:sms-1",
      "state_name", "ExtractFields",
      "request", Map.of("id", "req-1"));

  @Test
  void stepFieldsFromTheInput_areInTheMdcWhileTheStepRuns_andRestoredAfter() {
    // GIVEN a thread that already has an execution in its MDC (as the local engine sets it)
    MDC.put(StepLogging.EXECUTION_ID, "outer");

    // WHEN a step runs with fields read from its input
    Map<String, String> seen = StepLogging.withStep(null, StepFields.from(INPUT), MDC::getCopyOfContextMap);

    // THEN the step saw its own three fields; afterwards the thread has what it had
    assertThat(seen).containsEntry("execution_id", INPUT.get("execution_id").toString())
        .containsEntry("state_name", "ExtractFields")
        .containsEntry("request_id", "req-1");
    assertThat(MDC.get(StepLogging.EXECUTION_ID)).isEqualTo("outer");
    assertThat(MDC.get(StepLogging.STATE_NAME)).isNull();
    MDC.clear();
  }

  @Test
  void stepFields_acceptCamelCaseAndMissingValues() {
    // GIVEN inputs in the other spelling, and without any field
    StepFields camel = StepFields.from(Map.of("executionId", "e-1", "stateName", "S", "requestId", "r-1"));
    StepFields none = StepFields.from(Map.of("text", "hello"));

    // THEN
    assertThat(camel).isEqualTo(new StepFields("e-1", "r-1", "S"));
    assertThat(none).isEqualTo(new StepFields(null, null, null));
  }

  @Test
  void measuredSteps_flushInvocationsErrorsAndDurationPerState() {
    // GIVEN Powertools metrics (recording instead of printing EMF)
    RecordingMetrics metrics = new RecordingMetrics();
    StepMetrics steps = new StepMetrics(metrics);
    StepFields fields = StepFields.from(INPUT);

    // WHEN one invocation succeeds and one throws
    String result = steps.measure(fields, () -> "ok");
    assertThatThrownBy(() -> steps.measure(fields, () -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    // THEN each flushed Invocations 1, Errors 0 or 1 and a Duration in ms, under StateName
    assertThat(result).isEqualTo("ok");
    assertThat(metrics.flushes).hasSize(2);
    assertThat(metrics.flushes).allSatisfy(f -> {
      assertThat(f.dimensions()).containsEntry("StateName", "ExtractFields");
      assertThat(f.metrics()).containsEntry("Invocations", 1.0).containsKey("Duration");
      assertThat(f.units()).containsEntry("Duration", MetricUnit.MILLISECONDS);
    });
    assertThat(metrics.flushes).extracting(f -> f.metrics().get("Errors")).containsExactly(0.0, 1.0);
  }

  @Test
  void outsideLambda_stepTelemetryRunsTheWorkWithItsFields() {
    // GIVEN no Lambda environment (the local engine measures steps itself, so no EMF is printed)
    // WHEN a handler's work runs through StepTelemetry
    String state = StepTelemetry.run(null, INPUT, () -> MDC.get(StepLogging.STATE_NAME));

    // THEN it ran with its state in the MDC, which is gone afterwards
    assertThat(state).isEqualTo("ExtractFields");
    assertThat(MDC.get(StepLogging.STATE_NAME)).isNull();
  }
}
