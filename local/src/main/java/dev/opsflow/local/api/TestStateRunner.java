package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.api.TestStateShapes.TestStateRequest;
import dev.opsflow.local.api.TestStateShapes.TestStateResponse;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * TestState: runs one state alone, as a one-state machine (see {@link TestStateMachines}) on a fresh in-memory
 * engine with a virtual clock (a Wait takes no time), and reads the outcome from that run's history: the state's
 * output and the next state entered, or the error it raised (CAUGHT_ERROR when a Catch took it, RETRIABLE when a
 * Retry would have). Mocks and inspection data are not supported.
 */
final class TestStateRunner {
  private final LambdaRegistry lambdas;

  TestStateRunner(LambdaRegistry lambdas) {
    this.lambdas = lambdas;
  }

  TestStateResponse run(TestStateRequest request) {
    String text = ApiChecks.required(request.definition(), "definition");
    if (request.mock() != null) {
      throw ApiErrors.validation("Mocked results are not supported by the local TestState");
    }
    if (!(parse(text, "definition", true) instanceof ObjectNode definition)) {
      throw ApiErrors.invalidDefinition("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Definition must be a JSON object'");
    }
    TestStateMachines.Target target = TestStateMachines.target(definition, request.stateName());
    JsonNode variables = request.variables() == null ? null : parse(request.variables(), "variables", false);
    ObjectNode machine = TestStateMachines.wrap(target, variables);
    LocalEngine engine = LocalEngine.inMemory(new VirtualClock(Instant.now()), lambdas);
    StateMachineRef ref;
    try {
      ref = engine.createStateMachine("TestState-" + UUID.randomUUID(), Json.write(machine), StateMachineType.EXPRESS);
    } catch (DefinitionException e) {
      throw new SfnApiException(e.errorCode(), e.getMessage());
    }
    String input = request.input() == null ? "{}" : Json.write(parse(request.input(), "input", false));
    ExecutionResult result = engine.run(ref, UUID.randomUUID().toString(), input);
    if (!result.status().isTerminal()) {
      throw ApiErrors.validation("The state awaits a task token or an activity: TestState cannot run it without a mock");
    }
    return outcome(target, result);
  }

  private static TestStateResponse outcome(TestStateMachines.Target target, ExecutionResult result) {
    List<ObjectNode> history = result.history();
    int entered = find(history, 0, "StateEntered", target.name());
    int exited = entered < 0 ? -1 : find(history, entered + 1, "StateExited", target.name());
    if (exited < 0) {
      String status = retriable(target.state(), result.error()) ? "RETRIABLE" : "FAILED";
      return new TestStateResponse(result.status() == ExecutionStatus.SUCCEEDED ? "SUCCEEDED" : status, null, result.error(), result.cause(), null);
    }
    String output = details(history.get(exited)).path("output").asText(null);
    int next = find(history, exited + 1, "StateEntered", null);
    String nextState = next < 0 ? null : details(history.get(next)).path("name").asText(null);
    ObjectNode caught = lastError(history.subList(entered + 1, exited));
    if (caught == null) {
      return new TestStateResponse("SUCCEEDED", output, null, null, nextState);
    }
    String error = caught.path("error").asText(null);
    String cause = caught.path("cause").asText(null);
    if (retriable(target.state(), error)) {
      return new TestStateResponse("RETRIABLE", null, error, cause, null);
    }
    return new TestStateResponse("CAUGHT_ERROR", output, error, cause, nextState);
  }

  /** The index of the first event at or after {@code from} whose type ends with {@code suffix} (for state {@code name}). */
  private static int find(List<ObjectNode> history, int from, String suffix, String name) {
    for (int i = from; i < history.size(); i++) {
      ObjectNode event = history.get(i);
      if (event.path("type").asText().endsWith(suffix) && (name == null || name.equals(details(event).path("name").asText()))) {
        return i;
      }
    }
    return -1;
  }

  private static ObjectNode lastError(List<ObjectNode> events) {
    ObjectNode last = null;
    for (ObjectNode event : events) {
      JsonNode details = details(event);
      if (details.has("error")) {
        last = (ObjectNode) details;
      }
    }
    return last;
  }

  private static JsonNode details(ObjectNode event) {
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      if (field.getKey().endsWith("EventDetails")) {
        return field.getValue();
      }
    }
    return Json.MAPPER.createObjectNode();
  }

  /** Whether one of the state's retriers (with attempts left) matches {@code error}, by AWS's matching rules. */
  private static boolean retriable(ObjectNode state, String error) {
    if (error == null) {
      return false;
    }
    for (JsonNode retrier : state.path("Retry")) {
      if (retrier.path("MaxAttempts").asInt(3) <= 0) {
        continue;
      }
      for (JsonNode name : retrier.path("ErrorEquals")) {
        String equals = name.asText();
        boolean all = StatesErrors.ALL.equals(equals) && !StatesErrors.RUNTIME.equals(error) && !StatesErrors.DATA_LIMIT_EXCEEDED.equals(error);
        boolean taskFailed = StatesErrors.TASK_FAILED.equals(equals) && !error.startsWith("States.");
        if (equals.equals(error) || all || taskFailed) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode parse(String text, String member, boolean definition) {
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      if (definition) {
        throw ApiErrors.invalidDefinition("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: " + e.getMessage() + "'");
      }
      if ("input".equals(member)) {
        throw ApiErrors.invalidExecutionInput(e.getMessage());
      }
      throw ApiErrors.validation("Invalid " + member + ": " + e.getMessage());
    }
  }
}
