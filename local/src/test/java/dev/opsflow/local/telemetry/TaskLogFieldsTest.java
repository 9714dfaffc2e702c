package dev.opsflow.local.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import io.opentelemetry.api.trace.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** What a handler sees of its step while the engine invokes it: the log fields in the MDC and the trace context. */
class TaskLogFieldsTest {
  @Test
  void handlerInvokedByTheEngine_logsWithItsExecutionRequestAndState_andRunsInTheInvocationSpan() {
    // GIVEN a handler that reports its MDC and current span, on an engine observed by telemetry
    LambdaRegistry lambdas = new LambdaRegistry();
    lambdas.register("probe", (payload, invocation) -> Json.MAPPER.createObjectNode()
        .put("execution", MDC.get("execution_id"))
        .put("request", MDC.get("request_id"))
        .put("state", MDC.get("state_name"))
        .put("trace", Span.current().getSpanContext().getTraceId()));
    LocalEngine engine = LocalEngine.inMemory(new VirtualClock(Instant.parse("2026-11-21T10:00:00Z")), lambdas);
    try (Telemetry telemetry = Telemetry.create("opsflow-test", null)) {
      engine.observe(telemetry.observer(engine.executions()::history));
      StateMachineRef machine = engine.createStateMachine("probed", """
          {"StartAt": "Probe", "States": {"Probe": {"Type": "Task",
            "Resource": "arn:aws:lambda:us-east-1:111111111111:function:probe", "End": true}}}""", StateMachineType.STANDARD);

      // WHEN an execution for request req-3 runs it
      ExecutionResult result = engine.run(machine, "p-1", "{\"request\": {\"id\": \"req-3\"}}");

      // THEN the handler logged under the execution, the request and the state, inside the execution's trace
      assertThat(result.output().path("execution").asText()).isEqualTo(result.executionArn());
      assertThat(result.output().path("request").asText()).isEqualTo("req-3");
      assertThat(result.output().path("state").asText()).isEqualTo("Probe");
      assertThat(result.output().path("trace").asText()).isEqualTo(TraceIds.traceId(result.executionArn()));
      assertThat(MDC.get("execution_id")).isNull();
    }
  }
}
