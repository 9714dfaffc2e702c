package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workflow the telemetry tests run: a Pass, a Lambda task that fails once (retried after 2 s) and then takes
 * 3 s, a Parallel whose first branch waits 5 s, a Choice and a Succeed, on a virtual clock.
 */
final class TracedMachine {
  static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
  static final String NAME = "opsflow-traced";
  static final String WORKER_ARN = "arn:aws:lambda:us-east-1:111111111111:function:worker";
  static final String DEFINITION = """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Next": "CallWorker"},
        "CallWorker": {"Type": "Task", "Resource": "%s", "Next": "Fanout",
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 2}]},
        "Fanout": {"Type": "Parallel", "Next": "Decide", "Branches": [
          {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 5, "Next": "AfterPause"},
                                          "AfterPause": {"Type": "Pass", "End": true}}},
          {"StartAt": "Quick", "States": {"Quick": {"Type": "Pass", "End": true}}}]},
        "Decide": {"Type": "Choice", "Choices": [{"Variable": "$[0].ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Done"},
        "Done": {"Type": "Succeed"}}}""".formatted(WORKER_ARN);

  final VirtualClock clock = new VirtualClock(START);
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(clock, lambdas);
  final AtomicInteger calls = new AtomicInteger();
  private StateMachineRef machine;

  TracedMachine() {
    lambdas.register("worker", (payload, invocation) -> {
      if (calls.incrementAndGet() == 1) {
        ObjectNode error = Json.MAPPER.createObjectNode().put("errorType", "dev.opsflow.Boom").put("errorMessage", "first call fails");
        throw new LambdaFunctionError("dev.opsflow.Boom", error);
      }
      clock.advance(Duration.ofSeconds(3));
      return Json.MAPPER.createObjectNode().put("ok", true);
    });
  }

  /** Runs one execution to its end; the worker fails its first call of every execution. */
  ExecutionResult run(String executionName) {
    if (machine == null) {
      machine = engine.createStateMachine(NAME, DEFINITION, StateMachineType.STANDARD);
    }
    calls.set(0);
    return engine.run(machine, executionName, "{\"request\": {\"id\": \"req-7\"}}");
  }
}
