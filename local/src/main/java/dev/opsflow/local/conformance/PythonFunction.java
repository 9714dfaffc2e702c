package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaInvocation;
import java.util.UUID;

/** A corpus function as the Python runtime ran it: identity, or raising, with Python's JSON text. */
final class PythonFunction implements LambdaFunction {
  private final LambdaSpec spec;

  PythonFunction(LambdaSpec spec) {
    this.spec = spec;
  }

  @Override
  public JsonNode invoke(JsonNode payload, LambdaInvocation invocation) throws LambdaFunctionError {
    if (spec.behaviour() instanceof LambdaBehaviour.Raise raise) {
      String requestId = invocation.requestId() == null || invocation.requestId().isEmpty() ? UUID.randomUUID().toString() : invocation.requestId();
      ObjectNode error = PythonErrorObject.of(spec.source(), raise.errorType(), raise.errorMessage(), requestId);
      throw new LambdaFunctionError(raise.errorType(), error, PythonJson.dumps(error));
    }
    return payload;
  }

  @Override
  public String responseText(JsonNode output) {
    return PythonJson.dumps(output);
  }
}
