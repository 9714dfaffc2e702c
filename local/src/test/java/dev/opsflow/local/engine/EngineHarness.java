package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: an in-memory engine on a virtual clock starting at {@link #START}, with in-process Lambda
 * functions, plus readers for results and history events.
 */
final class EngineHarness {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final String ACCOUNT = "111111111111";

  final VirtualClock clock = new VirtualClock(START);
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(clock, lambdas);
  private final AtomicInteger machines = new AtomicInteger();

  /** The ARN of the function called {@code name} in the engine's default region and account. */
  static String functionArn(String name) {
    return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name;
  }

  EngineHarness function(String name, LambdaFunction fn) {
    lambdas.register(name, fn);
    return this;
  }

  /** A function that returns its event unchanged. */
  EngineHarness identity(String name) {
    return function(name, (payload, invocation) -> payload);
  }

  /** A function that fails the first {@code failures} calls with {@code errorType}, then echoes its event. */
  EngineHarness flaky(String name, String errorType, int failures) {
    AtomicInteger calls = new AtomicInteger();
    return function(name, (payload, invocation) -> {
      if (calls.incrementAndGet() <= failures) {
        throw error(errorType, "attempt " + calls.get() + " failed");
      }
      return payload;
    });
  }

  /** A function error as the Java runtime reports an exception of class {@code errorType}. */
  static LambdaFunctionError error(String errorType, String message) {
    ObjectNode errorObject = Json.MAPPER.createObjectNode();
    errorObject.put("errorMessage", message);
    errorObject.put("errorType", errorType);
    errorObject.putArray("stackTrace").add(errorType + ".handle(Handler.java:42)");
    return new LambdaFunctionError(errorType, errorObject);
  }

  StateMachineRef machine(String definition) {
    return engine.createStateMachine("machine-" + machines.incrementAndGet(), definition, StateMachineType.STANDARD);
  }

  ExecutionResult run(String definition, String input) {
    return engine.run(machine(definition), "run-" + machines.get(), input);
  }

  ExecutionResult run(String definition) {
    return run(definition, "{}");
  }

  ExecutionResult result(String executionArn) {
    return engine.result(executionArn).orElseThrow();
  }

  // ---- history ----

  static List<ObjectNode> events(ExecutionResult result, String type) {
    return result.history().stream().filter(e -> type.equals(e.path("type").asText())).toList();
  }

  static List<String> types(ExecutionResult result) {
    return result.history().stream().map(e -> e.path("type").asText()).toList();
  }

  static Instant timestamp(ObjectNode event) {
    return Instant.parse(event.path("timestamp").asText());
  }

  /** Seconds since {@link #START} at which each event of {@code type} happened. */
  static List<Double> secondsOf(ExecutionResult result, String type) {
    return events(result, type).stream()
        .map(e -> Duration.between(START, timestamp(e)).toMillis() / 1000.0)
        .toList();
  }

  /** The parsed {@code output} of the state-exited event of {@code stateName} (the last one when several). */
  static JsonNode exitedOutput(ExecutionResult result, String stateName) {
    return result.history().stream()
        .filter(e -> e.path("type").asText().endsWith("StateExited"))
        .filter(e -> stateName.equals(e.path("stateExitedEventDetails").path("name").asText()))
        .reduce((first, second) -> second)
        .map(e -> Json.parse(e.path("stateExitedEventDetails").path("output").asText()))
        .orElseThrow(() -> new AssertionError("No exit of state " + stateName));
  }

  // ---- JSON ----

  /**
   * A canonical text of {@code node} for comparisons: object keys sorted and numbers by value, so {@code 1},
   * {@code 1.0} and a long 1 compare equal.
   */
  static String canonical(JsonNode node) {
    return Json.write(Json.MAPPER.valueToTree(normalise(node)));
  }

  static String canonical(String json) {
    return canonical(Json.parse(json));
  }

  private static Object normalise(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "<absent>";
    }
    if (node.isObject()) {
      Map<String, Object> sorted = new TreeMap<>();
      node.properties().forEach(e -> sorted.put(e.getKey(), normalise(e.getValue())));
      return sorted;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(normalise(item)));
      return items;
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return value.scale() <= 0 ? (Object) value.toBigIntegerExact() : value;
    }
    return Json.MAPPER.convertValue(node, Object.class);
  }
}
