package dev.opsflow.fn.startworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.executions.InvalidWorkflowStartException;
import dev.opsflow.shared.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/**
 * The handler against the node's real Step Functions API through the AWS SDK: named starts, and every kind of
 * second delivery ends with the one execution the name stands for.
 */
class StartWorkflowHandlerTest {
  /** Stays running for a minute, so a second start meets a running execution. */
  private static final String WAITING = "{\"StartAt\": \"Hold\", \"States\": {\"Hold\": {\"Type\": \"Wait\", \"Seconds\": 60, \"End\": true}}}";
  private static final String PASSING = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Pass\", \"End\": true}}}";

  private LocalStepFunctions local;
  private StartWorkflowHandler handler;

  @BeforeEach
  void start() throws IOException {
    local = new LocalStepFunctions();
    handler = new StartWorkflowHandler(new WorkflowStarter(local.sfn));
  }

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void newName_startsTheNamedExecution_withTheGivenInput() {
    // GIVEN the intake machine and a start request as the rule's input transformer builds it
    String machine = local.createMachine("opsflow-service-intake", WAITING);
    String request = fixture("start-intake.json");
    // WHEN the handler runs
    JsonNode output = invoke(request);
    // THEN it started execution sms-SM0123456789 of that machine with the request's input
    assertThat(output.path("status").asText()).isEqualTo("started");
    assertThat(output.path("execution_name").asText()).isEqualTo("sms-SM0123456789");
    assertThat(local.executions(machine)).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("sms-SM0123456789");
      assertThat(e.executionArn()).isEqualTo(output.path("execution_arn").asText());
      assertThat(Json.parse(local.input(e.executionArn()))).isEqualTo(Json.parse(request).path("input"));
    });
  }

  @Test
  void sameNameAndInput_whileRunning_returnsTheRunningExecution() {
    // GIVEN an execution started by the first delivery, still running
    String machine = local.createMachine("opsflow-service-intake", WAITING);
    JsonNode first = invoke(fixture("start-intake.json"));
    // WHEN the same request is delivered again
    JsonNode second = invoke(fixture("start-intake.json"));
    // THEN Step Functions answers with that execution, as it does for Standard workflows: still one
    assertThat(second.path("status").asText()).isEqualTo("started");
    assertThat(second.path("execution_arn")).isEqualTo(first.path("execution_arn"));
    assertThat(local.executions(machine)).hasSize(1);
  }

  @Test
  void sameNameWithAnotherInput_isReportedAsADuplicate_andTheFirstOneWins() {
    // GIVEN a running execution of the name
    String machine = local.createMachine("opsflow-service-intake", WAITING);
    JsonNode first = invoke(fixture("start-intake.json"));
    ObjectNode other = (ObjectNode) Json.parse(fixture("start-intake.json"));
    ((ObjectNode) other.path("input").path("request")).put("text", "A different payload under the same message id");
    // WHEN a request with the same name and another input arrives
    JsonNode second = invoke(Json.write(other));
    // THEN it succeeds without starting anything, naming the execution that has the name, which keeps its input
    assertThat(second.path("status").asText()).isEqualTo("already_exists");
    assertThat(second.path("execution_arn")).isEqualTo(first.path("execution_arn"));
    assertThat(local.executions(machine)).singleElement()
        .satisfies(e -> assertThat(Json.parse(local.input(e.executionArn())).at("/request/text").asText()).isEqualTo("Water heater leaking in the garage"));
  }

  @Test
  void sameNameAfterTheExecutionEnded_isReportedAsADuplicate_andNothingStarts() throws InterruptedException {
    // GIVEN the onboarding of a contract that has already run to its end
    String machine = local.createMachine("opsflow-client-onboarding", PASSING);
    JsonNode first = invoke(fixture("start-onboarding.json"));
    LocalStepFunctions.await(() -> local.executions(machine).getFirst().statusAsString().equals("SUCCEEDED"));
    // WHEN the contract's start is delivered again (a retried event)
    JsonNode second = invoke(fixture("start-onboarding.json"));
    // THEN nothing new starts: one execution, contract-ctr_1001
    assertThat(first.path("status").asText()).isEqualTo("started");
    assertThat(second.path("status").asText()).isEqualTo("already_exists");
    assertThat(second.path("execution_arn").asText())
        .isEqualTo("arn:aws:states:us-east-1:111111111111:execution:opsflow-client-onboarding:contract-ctr_1001");
    assertThat(local.executions(machine)).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("contract-ctr_1001"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      not JSON             | {"state_machine_arn": oops                                                            | not JSON
      not an object        | ["start"]                                                                             | must be a JSON object
      no ARN               | {"execution_name": "sms-1", "input": {}}                                              | state_machine_arn is not a state machine ARN: missing
      unresolved ARN       | {"state_machine_arn": "${service_intake_state_machine_arn}", "execution_name": "sms-1", "input": {}} | not a state machine ARN
      function ARN         | {"state_machine_arn": "arn:aws:lambda:us-east-1:111111111111:function:f", "execution_name": "sms-1", "input": {}} | not a state machine ARN
      no name              | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "input": {}} | execution_name must be 1 to 80 characters: missing
      name of 81           | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "input": {}} | 1 to 80 characters
      name with a colon    | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": "crm:evt-1", "input": {}} | may not contain ':'
      name with a space    | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": "sms 1", "input": {}} | may not contain ' '
      name not a string    | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": 7, "input": {}} | execution_name must be 1 to 80 characters: missing
      no input             | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": "sms-1"} | input must be a JSON object, not missing
      input not an object  | {"state_machine_arn": "arn:aws:states:us-east-1:111111111111:stateMachine:m", "execution_name": "sms-1", "input": "{}"} | input must be a JSON object, not STRING
      """)
  void malformedRequest_failsWithTheNonRetryableError_andStartsNothing(String scenario, String request, String reason) {
    // GIVEN a machine the requests could have started
    String machine = local.createMachine("m", PASSING);
    // WHEN a malformed request arrives
    // THEN it fails with InvalidWorkflowStartException saying why, and nothing was started
    assertThatThrownBy(() -> invoke(request)).isInstanceOf(InvalidWorkflowStartException.class).hasMessageContaining(reason);
    assertThat(local.executions(machine)).isEmpty();
  }

  @Test
  void stateMachineThatDoesNotExist_propagatesStepFunctionsError() {
    // GIVEN no intake machine (not deployed yet)
    // WHEN a start for it arrives
    // THEN Step Functions' own error propagates (the caller retries, then dead-letters it for a replay once deployed)
    assertThatThrownBy(() -> invoke(fixture("start-intake.json"))).isInstanceOf(StateMachineDoesNotExistException.class);
  }

  private JsonNode invoke(String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  static String fixture(String name) {
    try (InputStream in = StartWorkflowHandlerTest.class.getResourceAsStream("/events/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
