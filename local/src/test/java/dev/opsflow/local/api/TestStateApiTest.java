package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

class TestStateApiTest {
  private LocalSfn local;

  @BeforeEach
  void startServer() throws IOException {
    local = new LocalSfn();
    local.lambdas.register("explode", (payload, invocation) -> {
      ObjectNode error = Json.MAPPER.createObjectNode().put("errorMessage", "boom").put("errorType", "Exploded");
      throw new LambdaFunctionError("Exploded", error);
    });
  }

  @AfterEach
  void stopServer() {
    local.close();
  }

  private TestStateResponse test(String definition, String input) {
    return local.sfn.testState(b -> b.definition(definition).roleArn(LocalSfn.ROLE).input(input));
  }

  @Test
  void passState_returnsOutputAndNextState() {
    // GIVEN a Pass state with a transition / WHEN tested
    TestStateResponse result = test("{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"$.x\"},\"Next\":\"Later\"}", "{\"x\":5}");

    // THEN its output and next state
    assertThat(result.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo("{\"v\":5}");
    assertThat(result.nextState()).isEqualTo("Later");
  }

  @Test
  void choiceState_reportsChosenBranch() {
    // GIVEN a Choice state / WHEN tested with input matching its second rule
    TestStateResponse result = test(
        "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":0,\"Next\":\"Zero\"},"
            + "{\"Variable\":\"$.n\",\"NumericGreaterThan\":0,\"Next\":\"Positive\"}],\"Default\":\"Negative\"}",
        "{\"n\":3}");

    // THEN the chosen state is next
    assertThat(result.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(result.nextState()).isEqualTo("Positive");
  }

  @Test
  void failState_isFailedWithErrorAndCause() {
    // GIVEN a Fail state / WHEN tested / THEN FAILED with its error and cause
    TestStateResponse result = test("{\"Type\":\"Fail\",\"Error\":\"Nope\",\"Cause\":\"just because\"}", "{}");
    assertThat(result.status()).isEqualTo(TestExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Nope");
    assertThat(result.cause()).isEqualTo("just because");
    assertThat(result.output()).isNull();
  }

  @Test
  void failingTaskWithCatch_isCaughtError() {
    // GIVEN a Task whose function fails and a Catch for its error / WHEN tested
    TestStateResponse result = test(
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:111111111111:function:explode\","
            + "\"Catch\":[{\"ErrorEquals\":[\"Exploded\"],\"ResultPath\":\"$.err\",\"Next\":\"Handle\"}],\"End\":true}",
        "{\"a\":1}");

    // THEN CAUGHT_ERROR, routed to the catcher's state with the error in the output
    assertThat(result.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
    assertThat(result.error()).isEqualTo("Exploded");
    assertThat(result.nextState()).isEqualTo("Handle");
    assertThat(Json.parse(result.output()).at("/err/Error").asText()).isEqualTo("Exploded");
    assertThat(Json.parse(result.output()).get("a").asInt()).isEqualTo(1);
  }

  @Test
  void failingTaskWithRetry_isRetriable() {
    // GIVEN a Task whose function fails and a retrier for its error / WHEN tested
    TestStateResponse result = test(
        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:111111111111:function:explode\","
            + "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],\"MaxAttempts\":2}],\"End\":true}",
        "{}");

    // THEN RETRIABLE with the error, without retrying
    assertThat(result.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
    assertThat(result.error()).isEqualTo("Exploded");
    assertThat(result.nextState()).isNull();
  }

  @Test
  void stateOfMachine_isTestedByNameWithVariables() {
    // GIVEN a JSONata machine and a variable in scope
    String machine =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Pass\",\"Output\":\"{% $states.input.x * $factor %}\",\"Next\":\"A\"}}}";

    // WHEN state B is tested
    TestStateResponse result = local.sfn.testState(
        b -> b.definition(machine).stateName("B").variables("{\"factor\":10}").input("{\"x\":4}").roleArn(LocalSfn.ROLE));

    // THEN it ran in the machine's query language with the variable
    assertThat(result.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo("40");
    assertThat(result.nextState()).isEqualTo("A");
  }

  @Test
  void invalidTests_areRefused() {
    // GIVEN / WHEN / THEN a broken state, an unknown state name and a mock are refused
    assertThatThrownBy(() -> test("{\"Type\":\"Pass\"}", "{}")).isInstanceOf(InvalidDefinitionException.class);
    assertThatThrownBy(() -> local.sfn.testState(b -> b.definition(StateMachineApiTest.PASS).stateName("Nope").roleArn(LocalSfn.ROLE)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("State not found in definition");
    assertThatThrownBy(() -> local.sfn.testState(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").mock(m -> m.result("{}"))))
        .isInstanceOf(ValidationException.class);
  }
}
