package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.functionArn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task states calling in-process Lambda functions: data flow, result wrapping and function errors. */
class TaskStateTest {
  private static final String ERROR_CLASS = "dev.opsflow.shared.error.CustomerNotFoundException";

  private final EngineHarness harness = new EngineHarness();
  private final List<JsonNode> received = new ArrayList<>();

  private void recordingFunction(String name, String reply) {
    harness.function(name, (payload, invocation) -> {
      received.add(payload);
      return Json.parse(reply);
    });
  }

  @Test
  void bareFunctionArn_parametersResultSelectorResultPathOutputPath() {
    // GIVEN a function answering {"status": "ok", "body": {"n": 7}, "noise": 1}
    recordingFunction("calc", "{\"status\": \"ok\", \"body\": {\"n\": 7}, \"noise\": 1}");
    String definition = """
        {"StartAt": "Calc", "States": {"Calc": {"Type": "Task", "Resource": "%s",
          "InputPath": "$.request",
          "Parameters": {"value.$": "$.value", "state.$": "$$.State.Name"},
          "ResultSelector": {"n.$": "$.body.n", "status.$": "$.status"},
          "ResultPath": "$.request.result",
          "OutputPath": "$.request",
          "End": true}}}""".formatted(functionArn("calc"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"request\": {\"value\": 3}, \"other\": 0}");
    // THEN the function saw the Parameters; the selected result went into the raw input, OutputPath picked $.request
    assertThat(received).hasSize(1);
    assertThat(canonical(received.getFirst())).isEqualTo(canonical("{\"value\": 3, \"state\": \"Calc\"}"));
    assertThat(canonical(result.output()))
        .isEqualTo(canonical("{\"value\": 3, \"result\": {\"n\": 7, \"status\": \"ok\"}}"));
    assertThat(EngineHarness.types(result)).containsSubsequence(
        "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited");
  }

  @Test
  void lambdaInvokeIntegration_wrapsPayloadInInvokeResponse() {
    // GIVEN
    recordingFunction("greeter", "{\"hello\": \"world\"}");
    String definition = """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "greeter", "Payload": {"who.$": "$.who"}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"who\": \"me\"}");
    // THEN
    assertThat(canonical(received.getFirst())).isEqualTo(canonical("{\"who\": \"me\"}"));
    JsonNode output = result.output();
    assertThat(canonical(output.get("Payload"))).isEqualTo(canonical("{\"hello\": \"world\"}"));
    assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    assertThat(output.path("SdkHttpMetadata").path("HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(output.path("SdkResponseMetadata").path("RequestId").asText()).isNotBlank();
    assertThat(events(result, "TaskScheduled").getFirst().path("taskScheduledEventDetails").path("resource").asText())
        .isEqualTo("invoke");
  }

  @Test
  void lambdaInvokeWithResultSelector_picksPayload() {
    // GIVEN
    recordingFunction("greeter", "{\"hello\": \"world\"}");
    String definition = """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "%s", "Payload.$": "$"},
          "ResultSelector": {"greeting.$": "$.Payload.hello"}, "End": true}}}""".formatted(functionArn("greeter"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"greeting\": \"world\"}"));
  }

  @Test
  void jsonataTask_argumentsAndOutputOverStatesResult() {
    // GIVEN
    recordingFunction("calc", "{\"total\": 12}");
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Calc", "States": {"Calc": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke",
          "Arguments": {"FunctionName": "calc", "Payload": {"items": "{% $states.input.items %}"}},
          "Output": {"total": "{% $states.result.Payload.total %}", "count": "{% $count($states.input.items) %}"},
          "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"items\": [5, 7]}");
    // THEN
    assertThat(canonical(received.getFirst())).isEqualTo(canonical("{\"items\": [5, 7]}"));
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"total\": 12, \"count\": 2}"));
  }

  @Test
  void javaExceptionError_caughtByItsFullyQualifiedClassName() {
    // GIVEN a function throwing a Java exception, and a catcher naming the class
    harness.function("lookup", (payload, invocation) -> {
      throw EngineHarness.error(ERROR_CLASS, "no customer c-9");
    });
    String definition = """
        {"StartAt": "Lookup", "States": {
          "Lookup": {"Type": "Task", "Resource": "%s", "End": true,
            "Catch": [{"ErrorEquals": ["java.lang.IllegalStateException"], "Next": "Wrong"},
                      {"ErrorEquals": ["%s"], "ResultPath": "$.error", "Next": "NotFound"}]},
          "Wrong": {"Type": "Fail", "Error": "WrongCatcher"},
          "NotFound": {"Type": "Pass", "End": true}}}""".formatted(functionArn("lookup"), ERROR_CLASS);
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"id\": \"c-9\"}");
    // THEN the error is the class name and the cause the runtime's error object
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("id").asText()).isEqualTo("c-9");
    JsonNode error = result.output().path("error");
    assertThat(error.path("Error").asText()).isEqualTo(ERROR_CLASS);
    JsonNode cause = Json.parse(error.path("Cause").asText());
    assertThat(cause.path("errorMessage").asText()).isEqualTo("no customer c-9");
    assertThat(cause.path("errorType").asText()).isEqualTo(ERROR_CLASS);
    ObjectNode failed = events(result, "LambdaFunctionFailed").getFirst();
    assertThat(failed.path("lambdaFunctionFailedEventDetails").path("error").asText()).isEqualTo(ERROR_CLASS);
  }

  @Test
  void uncaughtFunctionError_failsExecutionWithErrorAndCause() {
    // GIVEN
    harness.function("boom", (payload, invocation) -> {
      throw EngineHarness.error("java.lang.IllegalArgumentException", "bad input");
    });
    String definition = """
        {"StartAt": "Boom", "States": {"Boom": {"Type": "Task", "Resource": "%s", "End": true}}}""".formatted(functionArn("boom"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("java.lang.IllegalArgumentException");
    assertThat(Json.parse(result.cause()).path("errorMessage").asText()).isEqualTo("bad input");
  }

  @Test
  void unknownFunction_failsWithResourceNotFound() {
    // GIVEN no function called "nope"
    String definition = """
        {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "nope", "Payload": {}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(result.cause())
        .startsWith("Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope:$LATEST (Service: AWSLambda;"
            + " Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ")
        .endsWith("; Proxy: null)");
  }

  @Test
  void functionReturningNull_givesNullResult() {
    // GIVEN
    harness.function("nothing", (payload, invocation) -> null);
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "ResultPath": "$.r", "End": true}}}"""
        .formatted(functionArn("nothing"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"a\": 1, \"r\": null}"));
  }

  @Test
  void invocationCarriesFunctionArnAndStableIdempotencyKey() {
    // GIVEN a function recording what it was told
    List<String> arns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    harness.function("probe", (payload, invocation) -> {
      arns.add(invocation.functionArn());
      keys.add(invocation.idempotencyKey());
      return payload;
    });
    String definition = """
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "%1$s", "Next": "B"},
          "B": {"Type": "Task", "Resource": "%1$s", "End": true}}}""".formatted(functionArn("probe"));
    // WHEN
    harness.run(definition, "{}");
    // THEN both states' calls are told apart
    assertThat(arns).containsOnly(functionArn("probe") + ":$LATEST");
    assertThat(keys).hasSize(2).doesNotHaveDuplicates();
    assertThat(keys.get(0)).contains("/A/");
    assertThat(keys.get(1)).contains("/B/");
  }
}
