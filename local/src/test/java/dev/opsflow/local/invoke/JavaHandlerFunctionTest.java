package dev.opsflow.local.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.shared.json.Json;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JavaHandlerFunctionTest {
  /** A typed handler: the event is converted to a record, the result back to JSON. */
  public record Greeting(String name, int times) {}

  public static final class GreetHandler implements RequestHandler<Greeting, String> {
    @Override
    public String handleRequest(Greeting input, Context context) {
      if (input.times() < 0) {
        throw new IllegalArgumentException("times must not be negative", new ArithmeticException("below zero"));
      }
      return ("hello " + input.name() + " ").repeat(input.times()).strip() + " from " + context.getFunctionName();
    }
  }

  public static final class UpperStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws java.io.IOException {
      JsonNode event = Json.MAPPER.readTree(in);
      out.write(("{\"upper\":\"" + event.get("text").asText().toUpperCase() + "\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final LambdaInvocation INVOCATION =
      new LambdaInvocation("arn:aws:lambda:us-east-1:111111111111:function:greet:$LATEST", "req-1", "key-1");

  @Test
  void requestHandler_convertsEventToInputTypeAndResultToJson() throws Exception {
    // GIVEN a typed handler
    LambdaFunction fn = JavaHandlerFunction.of(new GreetHandler());
    // WHEN it is invoked with a JSON event
    JsonNode out = fn.invoke(Json.parse("{\"name\":\"Ada\",\"times\":2}"), INVOCATION);
    // THEN the record was filled from the event and the context names the function
    assertThat(out.asText()).isEqualTo("hello Ada hello Ada from greet");
  }

  @Test
  void streamHandler_receivesJsonBytesAndItsOutputIsParsed() throws Exception {
    LambdaFunction fn = JavaHandlerFunction.of(new UpperStreamHandler());
    JsonNode out = fn.invoke(Json.parse("{\"text\":\"quiet\"}"), INVOCATION);
    assertThat(out.path("upper").asText()).isEqualTo("QUIET");
  }

  @Test
  void exception_isReportedAsTheJavaRuntimeReportsIt() {
    LambdaFunction fn = JavaHandlerFunction.of(new GreetHandler());
    assertThatThrownBy(() -> fn.invoke(Json.parse("{\"name\":\"Ada\",\"times\":-1}"), INVOCATION))
        .isInstanceOfSatisfying(
            LambdaFunctionError.class,
            e -> {
              assertThat(e.errorType()).isEqualTo("java.lang.IllegalArgumentException");
              assertThat(e.errorObject().path("errorMessage").asText()).isEqualTo("times must not be negative");
              assertThat(e.errorObject().path("errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
              assertThat(e.errorObject().path("stackTrace").get(0).asText()).contains("GreetHandler.handleRequest");
              assertThat(e.errorObject().path("cause").path("errorType").asText()).isEqualTo("java.lang.ArithmeticException");
            });
  }

  @Test
  void load_instantiatesAHandlerClassByName() throws Exception {
    LambdaFunction fn = JavaHandlerFunction.load(GreetHandler.class.getName());
    assertThat(fn.invoke(Json.parse("{\"name\":\"Bo\",\"times\":1}"), INVOCATION).asText()).startsWith("hello Bo");
  }

  @Test
  void taskCatch_matchesTheExceptionClassName() {
    // GIVEN a machine whose Task catches the handler's exception by its fully-qualified class name
    LambdaRegistry registry = new LambdaRegistry();
    registry.register("greet", JavaHandlerFunction.of(new GreetHandler()));
    LocalEngine engine = LocalEngine.inMemory(new VirtualClock(Instant.parse("2026-01-01T00:00:00Z")), registry);
    StateMachineRef machine =
        engine.createStateMachine(
            "greeter",
            """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:greet",
                        "Catch": [{"ErrorEquals": ["java.lang.IllegalArgumentException"], "ResultPath": "$.error", "Next": "Refused"}],
                        "End": true},
              "Refused": {"Type": "Pass", "End": true}}}
            """,
            StateMachineType.STANDARD);
    // WHEN the handler throws
    ExecutionResult result = engine.run(machine, "e1", "{\"name\":\"Ada\",\"times\":-1}");
    // THEN the Catch took it, with the runtime's error object as the cause
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("error").path("Error").asText()).isEqualTo("java.lang.IllegalArgumentException");
    assertThat(Json.parse(result.output().path("error").path("Cause").asText()).path("errorMessage").asText())
        .isEqualTo("times must not be negative");
  }
}
