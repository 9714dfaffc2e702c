package dev.opsflow.local.bench;

import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory engine's cost per state transition: one execution of a 20-state machine (Pass, Choice and
 * in-process Lambda Task states, with JSONPath parameters and result paths) per invocation, reported per
 * transition. Run with {@code scripts/bench-engine}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransitionBenchmark {
  static final int STATES = 20;

  private LocalEngine engine;
  private StateMachineRef machine;

  @Setup
  public void setUp() {
    LambdaRegistry lambdas = new LambdaRegistry();
    lambdas.register("score", (payload, invocation) -> payload);
    engine = LocalEngine.inMemory(new VirtualClock(Instant.parse("2026-01-01T00:00:00Z")), lambdas);
    machine = engine.createStateMachine("bench", TwentyStateMachine.definition(STATES), StateMachineType.STANDARD);
  }

  @Benchmark
  @OperationsPerInvocation(STATES)
  public ExecutionResult transition() {
    ExecutionResult result = engine.run(machine, null, "{\"count\": 0, \"customer\": {\"tier\": \"gold\"}}");
    if (result.status() != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException("benchmark machine failed: " + result.error() + " " + result.cause());
    }
    return result;
  }
}
