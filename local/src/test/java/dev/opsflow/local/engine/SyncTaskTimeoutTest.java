package dev.opsflow.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.invoke.LambdaRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncTaskTimeoutTest {
  @Test
  void slowFunction_pastTimeoutSeconds_failsWithStatesTimeout() {
    // GIVEN a function that takes longer than its Task's TimeoutSeconds
    LambdaRegistry lambdas = new LambdaRegistry();
    lambdas.register("slow", (payload, invocation) -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return payload;
    });
    LocalEngine engine = LocalEngine.inMemory(new VirtualClock(Instant.parse("2026-01-01T00:00:00Z")), lambdas);
    StateMachineRef machine =
        engine.createStateMachine(
            "slow",
            """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:slow", "TimeoutSeconds": 1,
                       "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}], "End": true},
              "TimedOut": {"Type": "Pass", "End": true}}}
            """,
            StateMachineType.STANDARD);
    // WHEN it runs
    long started = System.nanoTime();
    ExecutionResult result = engine.run(machine, "t1", "{}");
    // THEN the task timed out after about a second and the Catch took States.Timeout
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_500);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("Error").asText()).isEqualTo("States.Timeout");
    assertThat(result.history()).anyMatch(e -> e.path("type").asText().equals("LambdaFunctionTimedOut"));
  }
}
