package dev.opsflow.local.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;

/** A Lambda function invoked in-process: takes the event payload, returns the result payload. */
@FunctionalInterface
public interface LambdaFunction {
  /**
   * Invokes the function. A function error is reported by throwing {@link LambdaFunctionError}, carrying what
   * the Lambda runtime would report ({@code errorType} and the runtime's error object as the cause).
   */
  JsonNode invoke(JsonNode payload, LambdaInvocation invocation) throws LambdaFunctionError;

  /**
   * The response bytes as this function's runtime would serialise {@code output} (Lambda reports their length
   * as Content-Length). Java runtimes write compact JSON.
   */
  default String responseText(JsonNode output) {
    return Json.write(output);
  }
}
