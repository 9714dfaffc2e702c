package dev.opsflow.local.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaInvocation;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Lambda invocation with AWS's result shapes and error reports, for bare ARNs and {@code lambda:invoke}. */
final class LambdaInvoke {
  private final LambdaRegistry registry;

  LambdaInvoke(LambdaRegistry registry) {
    this.registry = registry;
  }

  /** What one invocation gave: the output and its response text, or a failure. */
  private record Invoked(JsonNode output, String responseText, String requestId, LambdaFunctionError error, TaskOutcome.Failed failure) {}

  /** A bare function ARN: the result is the function's own output; an error's cause is the runtime's own text. */
  TaskOutcome invokeBare(TaskCall call) {
    Invoked invoked = call(call.resource().arn(), call.input(), call);
    if (invoked.failure() != null) {
      return invoked.failure();
    }
    if (invoked.error() != null) {
      return new TaskOutcome.Failed(invoked.error().errorType(), invoked.error().payloadText());
    }
    return new TaskOutcome.Succeeded(invoked.output());
  }

  /** {@code arn:aws:states:::lambda:invoke}: the output is wrapped in Lambda's Invoke API response. */
  TaskOutcome invokeWrapped(TaskCall call) {
    JsonNode parameters = call.input();
    JsonNode functionName = parameters == null ? null : parameters.get("FunctionName");
    if (functionName == null || !functionName.isTextual()) {
      return new TaskOutcome.Failed("States.Runtime", "The field 'FunctionName' is required but was missing");
    }
    JsonNode payload = parameters.hasNonNull("Payload") ? parameters.get("Payload") : JsonNodeFactory.instance.objectNode();
    if (payload.isTextual()) {
      payload = parseOrKeep(payload.asText());
    }
    Invoked invoked = call(functionName.asText(), payload, call);
    if (invoked.failure() != null) {
      return invoked.failure();
    }
    if (invoked.error() != null) {
      return new TaskOutcome.Failed(invoked.error().errorType(), Json.write(invoked.error().errorObject()));
    }
    ObjectNode wrapped = LambdaResponses.wrap(invoked.output(), invoked.responseText(), invoked.requestId());
    if ("Tail".equals(parameters.path("LogType").asText())) {
      String log = "START RequestId: " + invoked.requestId() + " Version: $LATEST\nEND RequestId: " + invoked.requestId() + "\n";
      String logResult = Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8));
      wrapped.put("LogResult", logResult);
      ObjectNode http = (ObjectNode) wrapped.get("SdkHttpMetadata");
      ((ObjectNode) http.get("HttpHeaders")).put("X-Amz-Log-Result", logResult);
      ((ObjectNode) http.get("AllHttpHeaders")).putArray("X-Amz-Log-Result").add(logResult);
    }
    return new TaskOutcome.Succeeded(wrapped);
  }

  private Invoked call(String functionRef, JsonNode payload, TaskCall call) {
    String arn = qualifiedArn(functionRef, call.region());
    String requestId = UUID.randomUUID().toString();
    Optional<LambdaFunction> fn = registry.find(functionRef);
    if (fn.isEmpty()) {
      return new Invoked(null, null, requestId, null,
          new TaskOutcome.Failed(
              "Lambda.ResourceNotFoundException",
              "Function not found: " + arn
                  + " (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: "
                  + requestId + "; Proxy: null)"));
    }
    try {
      JsonNode output = fn.get().invoke(payload, new LambdaInvocation(arn, requestId, call.idempotencyKey()));
      JsonNode result = output == null ? NullNode.getInstance() : output;
      return new Invoked(result, fn.get().responseText(result), requestId, null, null);
    } catch (LambdaFunctionError e) {
      return new Invoked(null, null, requestId, e, null);
    }
  }

  private static JsonNode parseOrKeep(String text) {
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException notJson) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }

  private static String qualifiedArn(String functionRef, String region) {
    if (functionRef.startsWith("arn:")) {
      return functionRef.split(":").length > 7 ? functionRef : functionRef + ":$LATEST";
    }
    return "arn:aws:lambda:" + region + ":111111111111:function:" + LambdaRegistry.functionName(functionRef) + ":$LATEST";
  }
}
