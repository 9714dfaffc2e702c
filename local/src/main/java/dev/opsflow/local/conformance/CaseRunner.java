package dev.opsflow.local.conformance;

import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one case on a fresh in-memory engine (its own virtual clock and Lambda functions) and checks the result.
 * Each case runs on its own daemon thread under a time limit: an engine that hangs, throws or overflows its
 * stack makes that case fail with the reason, and the run goes on.
 */
public final class CaseRunner {
  static final String STATE_MACHINE_NAME = "conformance-state-machine";
  static final String EXECUTION_NAME = "conformance-execution";
  private final Duration timeout;

  public CaseRunner(Duration timeout) {
    this.timeout = timeout;
  }

  /** Runs {@code testCase}; never throws for anything the engine does. */
  public CaseResult run(ConformanceCase testCase) {
    long started = System.nanoTime();
    CaseResult result = switch (testCase.kind()) {
      case EXECUTION -> withTimeout(testCase, () -> runExecution(testCase));
      case DEFINITION_ERROR -> withTimeout(testCase, () -> runDefinitionError(testCase));
      case TEST_STATE, VALIDATE_DEFINITION ->
          notCompared(testCase, new CaseOutcome.Skipped("kind " + testCase.kind().wireName() + " is not run"));
    };
    return new CaseResult(
        testCase, result.outcome(), result.history(), Duration.ofNanos(System.nanoTime() - started));
  }

  private CaseResult runExecution(ConformanceCase testCase) {
    LocalEngine engine =
        LocalEngine.inMemory(new VirtualClock(Instant.now()), LambdaEmulation.registryFor(testCase.lambdaFunctions()));
    StateMachineRef stateMachine;
    try {
      stateMachine = engine.createStateMachine(STATE_MACHINE_NAME, testCase.definitionText(), testCase.type());
    } catch (DefinitionException refused) {
      return notCompared(testCase, new CaseOutcome.Failed(
          "definition refused: %s: %s".formatted(refused.errorCode(), Mismatch.truncate(refused.getMessage())),
          Json.write(testCase.expected()),
          refused.errorCode() + ": " + refused.getMessage()));
    }
    ExecutionResult result = engine.run(stateMachine, EXECUTION_NAME, testCase.inputText());
    return new CaseResult(
        testCase, ExecutionCheck.check(testCase, result), HistoryCheck.compare(testCase, result), Duration.ZERO);
  }

  private CaseResult runDefinitionError(ConformanceCase testCase) {
    String operation = testCase.expected().path("operation").asText();
    if (!operation.equals("create_state_machine")) {
      return notCompared(testCase, CaseOutcome.Failed.because("operation not supported yet: " + operation));
    }
    LocalEngine engine =
        LocalEngine.inMemory(new VirtualClock(Instant.now()), LambdaEmulation.registryFor(testCase.lambdaFunctions()));
    if (testCase.expected().path("error_code").asText().equals("StateMachineAlreadyExists")) {
      // AWS refused a second machine of the same name whose definition differs (here: only in its formatting).
      engine.createStateMachine(STATE_MACHINE_NAME, prettyPrinted(testCase.definitionText()), testCase.type());
    }
    try {
      engine.createStateMachine(STATE_MACHINE_NAME, testCase.definitionText(), testCase.type());
    } catch (DefinitionException refused) {
      return notCompared(testCase, DefinitionErrorCheck.check(testCase, refused));
    }
    return notCompared(testCase, DefinitionErrorCheck.acceptedByUs(testCase));
  }

  /** Runs {@code body} on its own daemon thread; a timeout or anything thrown becomes a failed outcome. */
  CaseResult withTimeout(ConformanceCase testCase, Callable<CaseResult> body) {
    FutureTask<CaseResult> task = new FutureTask<>(body);
    Thread thread = new Thread(task, "conformance-" + testCase.fileName());
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      String reason = "timed out after " + timeout.toMillis() + " ms (engine still running)";
      return notCompared(testCase, CaseOutcome.Failed.because(reason));
    } catch (ExecutionException e) {
      return notCompared(testCase, EngineFailure.outcome(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      return notCompared(testCase, CaseOutcome.Failed.because("interrupted"));
    }
  }

  private static String prettyPrinted(String definitionText) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.parse(definitionText));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      return definitionText + "\n";
    }
  }

  private static CaseResult notCompared(ConformanceCase testCase, CaseOutcome outcome) {
    return new CaseResult(testCase, outcome, HistoryMatch.NOT_COMPARED, Duration.ZERO);
  }
}
