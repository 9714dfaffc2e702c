package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaInvocation;
import dev.opsflow.shared.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaEmulationTest {
  private static final String ARN = "arn:aws:lambda:us-east-1:111111111111:function:fn";
  private static final String RAISE_SOURCE =
      "def handler(event, context):\n    raise Exception(\"Some exception was raised.\")\n";
  private static final LambdaInvocation INVOCATION = new LambdaInvocation(ARN, "req-1", "key");

  @Test
  void identity_returnsItsEvent() throws LambdaFunctionError {
    // GIVEN the corpus's id_function
    LambdaFunction fn = LambdaEmulation.functionFor(
        new LambdaSpec(ARN, "fn", "def handler(event, context):\n    return event\n", new LambdaBehaviour.Identity()));
    JsonNode event = Json.parse("{\"a\":[1,\"two\"]}");

    // WHEN invoked / THEN it returns the event unchanged
    assertThat(fn.invoke(event, INVOCATION)).isEqualTo(event);
  }

  @Test
  void raise_failsWithPythonRuntimeErrorObject() {
    // GIVEN the corpus's raise_exception function
    LambdaFunction fn = LambdaEmulation.functionFor(
        new LambdaSpec(ARN, "fn", RAISE_SOURCE, new LambdaBehaviour.Raise("Exception", "Some exception was raised.")));

    // WHEN invoked
    // THEN it fails with the error object AWS recorded, byte for byte apart from the request id
    assertThatThrownBy(() -> fn.invoke(Json.parse("{}"), INVOCATION))
        .isInstanceOfSatisfying(LambdaFunctionError.class, error -> {
          assertThat(error.errorType()).isEqualTo("Exception");
          assertThat(Json.write(error.errorObject())).isEqualTo(
              "{\"errorMessage\":\"Some exception was raised.\",\"errorType\":\"Exception\",\"requestId\":\"req-1\","
                  + "\"stackTrace\":[\"  File \\\"/var/task/handler.py\\\", line 2, in handler\\n"
                  + "    raise Exception(\\\"Some exception was raised.\\\")\\n\"]}");
        });
  }

  @Test
  void stackFrame_namesTheRaisingLineAndFunction() {
    // GIVEN a handler whose raise sits in a helper, on line 4
    String source =
        "import json\n\ndef fail(x):\n    raise ValueError(x)\n\ndef handler(event, context):\n    fail(1)\n";

    // WHEN / THEN the frame points at it
    assertThat(PythonErrorObject.stackFrame(source))
        .hasValue("  File \"/var/task/handler.py\", line 4, in fail\n    raise ValueError(x)\n");
    assertThat(PythonErrorObject.stackFrame("def handler(e, c):\n    return e\n")).isEmpty();
  }

  @Test
  void missingRequestId_isGenerated() {
    // GIVEN an engine that passes no request id
    LambdaFunction fn = LambdaEmulation.functionFor(
        new LambdaSpec(ARN, "fn", RAISE_SOURCE, new LambdaBehaviour.Raise("Exception", "boom")));

    // WHEN invoked / THEN the error object still carries a request id
    assertThatThrownBy(() -> fn.invoke(Json.parse("{}"), new LambdaInvocation(ARN, null, "key")))
        .isInstanceOfSatisfying(LambdaFunctionError.class,
            error -> assertThat(error.errorObject().path("requestId").asText()).hasSize(36));
  }

  @Test
  void unsupportedBehaviour_isReportedWhenDeploying() {
    // GIVEN a behaviour kind the corpus may add later
    LambdaSpec spec = new LambdaSpec(ARN, "fn", "", LambdaBehaviour.fromJson(Json.parse("{\"kind\":\"sleep\"}")));

    // WHEN / THEN deploying it fails with a clear reason
    assertThatThrownBy(() -> LambdaEmulation.registryFor(List.of(spec)))
        .hasMessageContaining("operation not supported yet: Lambda behaviour 'sleep'");
  }

  @Test
  void behaviourFromJson_readsRaiseFields() {
    // GIVEN / WHEN
    LambdaBehaviour behaviour = LambdaBehaviour.fromJson(
        Json.parse("{\"kind\":\"raise\",\"errorType\":\"KeyError\",\"errorMessage\":\"'x'\"}"));

    // THEN
    assertThat(behaviour).isEqualTo(new LambdaBehaviour.Raise("KeyError", "'x'"));
  }
}
