package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.StopExecutionResponse;

class ExecutionApiTest {
  static final String ADD =
      "{\"StartAt\":\"Add\",\"States\":{\"Add\":{\"Type\":\"Pass\",\"Parameters\":{\"sum.$\":\"States.MathAdd($.a, $.b)\"},\"End\":true}}}";
  static final String SLOW = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
  static final String FAIL = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"it broke\"}}}";
  private LocalSfn local;

  @BeforeEach
  void startServer() throws IOException {
    local = new LocalSfn();
  }

  @AfterEach
  void stopServer() {
    local.close();
  }

  @Test
  void startedExecution_runsToSuccess_andDescribesOutput() {
    // GIVEN a machine
    String machine = local.createMachine("add", ADD);

    // WHEN an execution starts
    StartExecutionResponse started = local.sfn.startExecution(b -> b.stateMachineArn(machine).name("one").input("{\"a\":1,\"b\":2}"));
    DescribeExecutionResponse done = local.awaitEnd(started.executionArn());

    // THEN the background workers ran it, and DescribeExecution shows AWS's fields
    assertThat(started.executionArn()).isEqualTo("arn:aws:states:us-east-1:111111111111:execution:add:one");
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"sum\":3}");
    assertThat(done.input()).isEqualTo("{\"a\":1,\"b\":2}");
    assertThat(done.stateMachineArn()).isEqualTo(machine);
    assertThat(done.name()).isEqualTo("one");
    assertThat(done.startDate()).isEqualTo(started.startDate());
    assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());
    assertThat(done.redriveStatusAsString()).isEqualTo("NOT_REDRIVABLE");
  }

  @Test
  void sameNameAndInput_whileRunning_returnsSameExecution() {
    // GIVEN a running execution
    String machine = local.createMachine("slow", SLOW);
    StartExecutionResponse first = local.sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{\"x\":1}"));

    // WHEN it is started again with the same name and input, then with another input
    StartExecutionResponse again = local.sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{\"x\":1}"));

    // THEN the repeat is the same execution, and the other input is refused
    assertThat(again.executionArn()).isEqualTo(first.executionArn());
    assertThat(again.startDate()).isEqualTo(first.startDate());
    assertThatThrownBy(() -> local.start(machine, "once", "{\"x\":2}"))
        .isInstanceOf(ExecutionAlreadyExistsException.class)
        .hasMessageContaining("Execution Already Exists: '" + first.executionArn() + "'");
  }

  @Test
  void sameName_afterExecutionClosed_isAlreadyExists() {
    // GIVEN a finished execution
    String machine = local.createMachine("add", ADD);
    local.awaitEnd(local.start(machine, "done", "{\"a\":1,\"b\":1}"));

    // WHEN / THEN starting the name again, even with the same input, is refused
    assertThatThrownBy(() -> local.start(machine, "done", "{\"a\":1,\"b\":1}")).isInstanceOf(ExecutionAlreadyExistsException.class);
  }

  @Test
  void invalidStarts_areRefusedWithAwsErrors() {
    // GIVEN a machine
    String machine = local.createMachine("add", ADD);

    // WHEN / THEN bad names, bad input and unknown machines get AWS's errors
    assertThatThrownBy(() -> local.start(machine, "a/b", "{}")).isInstanceOf(InvalidNameException.class);
    assertThatThrownBy(() -> local.start(machine, "x".repeat(81), "{}")).isInstanceOf(InvalidNameException.class);
    assertThatThrownBy(() -> local.start(machine, "bad-input", "{not json"))
        .isInstanceOf(InvalidExecutionInputException.class)
        .hasMessageContaining("Invalid State Machine Execution Input");
    assertThatThrownBy(() -> local.start(machine + "-missing", "x", "{}")).isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> local.start("arn:aws:states:us-east-1:111111111111:activity:a", "x", "{}")).isInstanceOf(InvalidArnException.class);
  }

  @Test
  void describeUnknownExecution_isExecutionDoesNotExist() {
    // GIVEN no execution / WHEN described / THEN AWS's error
    String arn = "arn:aws:states:us-east-1:111111111111:execution:m:none";
    assertThatThrownBy(() -> local.sfn.describeExecution(b -> b.executionArn(arn)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageContaining("Execution Does Not Exist: '" + arn + "'");
    assertThatThrownBy(() -> local.sfn.describeExecution(b -> b.executionArn("arn:aws:states:us-east-1:111111111111:stateMachine:m")))
        .isInstanceOf(InvalidArnException.class);
  }

  @Test
  void listExecutions_filtersByStatus_andPagesNewestFirst() {
    // GIVEN three succeeded executions and one running
    String machine = local.createMachine("mixed", "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.wait\","
        + "\"BooleanEquals\":true,\"Next\":\"W\"}],\"Default\":\"D\"},\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true},\"D\":{\"Type\":\"Succeed\"}}}");
    for (String name : List.of("s1", "s2", "s3")) {
      local.awaitEnd(local.start(machine, name, "{\"wait\":false}"));
    }
    local.start(machine, "r1", "{\"wait\":true}");

    // WHEN the succeeded ones are listed two at a time
    List<String> names = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListExecutionsResponse page =
          local.sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.SUCCEEDED).maxResults(2).nextToken(next));
      page.executions().stream().map(ExecutionListItem::name).forEach(names::add);
      token = page.nextToken();
    } while (token != null);
    List<ExecutionListItem> running =
        local.sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING)).executions();

    // THEN the filter and the paging hold
    assertThat(names).containsExactly("s3", "s2", "s1");
    assertThat(running).extracting(ExecutionListItem::name).containsExactly("r1");
    assertThat(running.get(0).stopDate()).isNull();
    assertThat(local.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).hasSize(4);
  }

  @Test
  void stopExecution_abortsRunningExecution() {
    // GIVEN a running execution
    String machine = local.createMachine("slow", SLOW);
    String arn = local.start(machine, "stop-me", "{}");

    // WHEN it is stopped
    StopExecutionResponse stopped = local.sfn.stopExecution(b -> b.executionArn(arn).error("Manual").cause("by test"));

    // THEN it is ABORTED with the given error and cause
    DescribeExecutionResponse described = local.sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(described.error()).isEqualTo("Manual");
    assertThat(described.cause()).isEqualTo("by test");
    assertThat(stopped.stopDate()).isEqualTo(described.stopDate());
    assertThat(described.redriveStatusAsString()).isEqualTo("REDRIVABLE");
  }

  @Test
  void redrive_ofRunningOrSucceededExecution_isNotRedrivable() {
    // GIVEN a running and a succeeded execution
    String running = local.start(local.createMachine("slow", SLOW), "r", "{}");
    String succeeded = local.start(local.createMachine("add", ADD), "s", "{\"a\":1,\"b\":1}");
    local.awaitEnd(succeeded);

    // WHEN / THEN redriving them says why not; an unknown execution does not exist
    assertThatThrownBy(() -> local.sfn.redriveExecution(b -> b.executionArn(running)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageContaining("Execution is RUNNING and cannot be redriven.");
    assertThatThrownBy(() -> local.sfn.redriveExecution(b -> b.executionArn(succeeded)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageContaining("Execution is SUCCEEDED and cannot be redriven.");
    assertThatThrownBy(() -> local.sfn.redriveExecution(b -> b.executionArn(succeeded + "x"))).isInstanceOf(ExecutionDoesNotExistException.class);
  }

  @Test
  void redrive_ofFailedExecution_resumesFromFailedState() {
    // GIVEN an execution whose second state failed once (its function fails on the first call only)
    AtomicInteger calls = new AtomicInteger();
    local.lambdas.register("flaky", (payload, invocation) -> {
      if (calls.incrementAndGet() == 1) {
        throw new LambdaFunctionError("Flaked", Json.MAPPER.createObjectNode().put("errorMessage", "first call"));
      }
      return Json.MAPPER.createObjectNode().put("attempt", calls.get());
    });
    String machine = local.createMachine("flaky", "{\"StartAt\":\"Prepare\",\"States\":{\"Prepare\":{\"Type\":\"Pass\",\"Next\":\"Call\"},"
        + "\"Call\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:111111111111:function:flaky\",\"End\":true}}}");
    String arn = local.start(machine, "again", "{}");
    DescribeExecutionResponse failed = local.awaitEnd(arn);

    // WHEN it is redriven
    RedriveExecutionResponse redriven = local.sfn.redriveExecution(b -> b.executionArn(arn));
    DescribeExecutionResponse done = local.awaitEnd(arn);

    // THEN it resumed at the failed state and succeeded, counting the redrive
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.error()).isEqualTo("Flaked");
    assertThat(failed.redriveStatusAsString()).isEqualTo("REDRIVABLE");
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"attempt\":2}");
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.redriveDate()).isEqualTo(redriven.redriveDate());
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void startSyncExecution_ofExpressMachine_answersWithOutcome() {
    // GIVEN an Express machine that adds and one that fails
    String adder = local.createMachine("add-express", ADD, StateMachineType.EXPRESS);
    String failer = local.createMachine("fail-express", FAIL, StateMachineType.EXPRESS);

    // WHEN each runs synchronously
    StartSyncExecutionResponse sum = local.sfn.startSyncExecution(b -> b.stateMachineArn(adder).input("{\"a\":2,\"b\":3}"));
    StartSyncExecutionResponse failure = local.sfn.startSyncExecution(b -> b.stateMachineArn(failer).name("f1"));

    // THEN the response carries the outcome
    assertThat(sum.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(sum.output()).isEqualTo("{\"sum\":5}");
    assertThat(sum.executionArn()).startsWith("arn:aws:states:us-east-1:111111111111:express:add-express:");
    assertThat(sum.stopDate()).isAfterOrEqualTo(sum.startDate());
    assertThat(failure.statusAsString()).isEqualTo("FAILED");
    assertThat(failure.error()).isEqualTo("Boom");
    assertThat(failure.cause()).isEqualTo("it broke");
    assertThat(failure.output()).isNull();
  }

  @Test
  void startSyncExecution_ofStandardMachine_isNotSupported() {
    // GIVEN a Standard machine / WHEN run synchronously / THEN AWS refuses the type
    String machine = local.createMachine("add", ADD);
    assertThatThrownBy(() -> local.sfn.startSyncExecution(b -> b.stateMachineArn(machine)))
        .isInstanceOf(StateMachineTypeNotSupportedException.class);
  }
}
