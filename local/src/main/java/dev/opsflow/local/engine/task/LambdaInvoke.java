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
import java.util.Optional;
import java.util.UUID;

/** Lambda invocation with AWS's result shapes and error reports, for bare ARNs and {@code lambda:invoke}. */
final class LambdaInvoke {
  private final LambdaRegistry registry;

  LambdaInvoke(LambdaRegistry registry) {
    this.registry = registry;
  }

  /** A bare function ARN: the result is the function's own output. */
  TaskOutcome invokeBare(TaskCall call) {
    return call(call.resource().arn(), call.input(), call);
  }

  /** {@code arn:aws:states:::lambda:invoke}: the output is wrapped in Lambda's Invoke API response. */
  TaskOutcome invokeWrapped(TaskCall call) {
    JsonNode parameters = call.input();
    JsonNode functionName = parameters == null ? null : parameters.get("FunctionName");
    if (functionName == null || !functionName.isTextual()) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The field 'FunctionName' is required but was missing");
    }
    JsonNode payload = parameters.has("Payload") ? parameters.get("Payload") : NullNode.getInstance();
    if (payload.isTextual()) {
      payload = parseOrKeep(payload.asText());
    }
    TaskOutcome outcome = call(functionName.asText(), payload, call);
    if (outcome instanceof TaskOutcome.Succeeded(JsonNode output)) {
      return new TaskOutcome.Succeeded(wrap(output));
    }
    return outcome;
  }

  private TaskOutcome call(String functionRef, JsonNode payload, TaskCall call) {
    String arn = qualifiedArn(functionRef, call.region());
    Optional<LambdaFunction> fn = registry.find(functionRef);
    if (fn.isEmpty()) {
      return new TaskOutcome.Failed(
          "Lambda.ResourceNotFoundException",
          "Function not found: "
              + arn
              + " (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: "
              + UUID.randomUUID()
              + "; Proxy: null)");
    }
    try {
      String requestId = UUID.randomUUID().toString();
      JsonNode output = fn.get().invoke(payload, new LambdaInvocation(arn, requestId, call.idempotencyKey()));
      return new TaskOutcome.Succeeded(output == null ? NullNode.getInstance() : output);
    } catch (LambdaFunctionError e) {
      return new TaskOutcome.Failed(e.errorType(), Json.write(e.errorObject()));
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
    String name = LambdaRegistry.functionName(functionRef);
    if (functionRef.startsWith("arn:")) {
      return functionRef.split(":").length > 7 ? functionRef : functionRef + ":$LATEST";
    }
    return "arn:aws:lambda:" + region + ":111111111111:function:" + name + ":$LATEST";
  }

  private static ObjectNode wrap(JsonNode output) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    String requestId = UUID.randomUUID().toString();
    ObjectNode headers = f.objectNode();
    headers.put("Connection", "keep-alive");
    headers.put("Content-Length", Integer.toString(Json.write(output).getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    headers.put("Content-Type", "application/json");
    headers.put("Date", "date");
    headers.put("X-Amz-Executed-Version", "$LATEST");
    headers.put("x-amzn-Remapped-Content-Length", "0");
    headers.put("x-amzn-RequestId", requestId);
    headers.put("X-Amzn-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + requestId.replace("-", "").substring(0, 24));
    ObjectNode allHeaders = f.objectNode();
    headers.properties().forEach(e -> allHeaders.set(e.getKey(), f.arrayNode().add(e.getValue())));
    ObjectNode http = f.objectNode();
    http.set("AllHttpHeaders", allHeaders);
    http.set("HttpHeaders", headers);
    http.put("HttpStatusCode", 200);
    ObjectNode wrapped = f.objectNode();
    wrapped.put("ExecutedVersion", "$LATEST");
    wrapped.set("Payload", output);
    wrapped.set("SdkHttpMetadata", http);
    wrapped.set("SdkResponseMetadata", f.objectNode().put("RequestId", requestId));
    wrapped.put("StatusCode", 200);
    return wrapped;
  }
}
