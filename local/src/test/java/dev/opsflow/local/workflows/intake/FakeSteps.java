package dev.opsflow.local.workflows.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.workflows.Placeholders;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Stand-ins for the intake steps that answer with canned outputs, so the state machine's routing can be tested
 * on its own (the end-to-end test runs the real handlers). Every call is recorded with its payload.
 */
final class FakeSteps {
  record Call(String function, JsonNode payload) {}

  private final Map<String, UnaryOperator<JsonNode>> answers = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  /** Answers {@code function} with {@code json} (placeholders none; the payload is ignored). */
  FakeSteps answer(String function, String json) {
    JsonNode fixed = Json.parse(json);
    return answer(function, payload -> fixed);
  }

  FakeSteps answer(String function, UnaryOperator<JsonNode> answer) {
    answers.put(function, answer);
    return this;
  }

  /** Registers one fake per function placeholder of {@code asl}, as {@code opsflow-<name>}; returns the placeholder values. */
  Map<String, String> register(LambdaRegistry lambdas, String asl) {
    Map<String, String> values = new HashMap<>();
    for (String placeholder : Placeholders.names(asl)) {
      String function = placeholder.replace("_function_arn", "").replace('_', '-');
      values.put(placeholder, "arn:aws:lambda:us-east-1:123456789012:function:opsflow-" + function);
      lambdas.register("opsflow-" + function, (payload, invocation) -> call(function, payload));
    }
    return values;
  }

  private synchronized JsonNode call(String function, JsonNode payload) throws LambdaFunctionError {
    calls.add(new Call(function, payload));
    UnaryOperator<JsonNode> answer = answers.get(function);
    if (answer == null) {
      return Json.MAPPER.createObjectNode();
    }
    JsonNode result = answer.apply(payload);
    if (result instanceof ObjectNode error && error.has("errorType")) {
      throw new LambdaFunctionError(error.get("errorType").asText(), error);
    }
    return result;
  }

  /** An answer that fails as the Java runtime reports an exception of {@code errorType}. */
  static JsonNode error(String errorType) {
    ObjectNode error = Json.MAPPER.createObjectNode();
    error.put("errorMessage", "failed on purpose");
    error.put("errorType", errorType);
    error.putArray("stackTrace");
    return error;
  }

  synchronized List<String> functionsCalled() {
    return calls.stream().map(Call::function).toList();
  }

  synchronized List<JsonNode> payloads(String function) {
    return calls.stream().filter(c -> c.function().equals(function)).map(Call::payload).toList();
  }
}
