package dev.opsflow.local.api;

import dev.opsflow.local.api.ExecutionShapes.DescribeExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryRequest;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryResponse;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsResponse;
import dev.opsflow.local.api.ExecutionShapes.RedriveExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.RedriveExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StartSyncExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StopExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StopExecutionResponse;
import dev.opsflow.local.api.MachineShapes.CreateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.CreateStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.DescribeStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.ListStateMachinesRequest;
import dev.opsflow.local.api.MachineShapes.ListStateMachinesResponse;
import dev.opsflow.local.api.MachineShapes.UpdateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.UpdateStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.ValidateDefinitionRequest;
import dev.opsflow.local.api.MachineShapes.ValidateDefinitionResponse;
import dev.opsflow.local.api.TaskShapes.ListPendingTaskTokensRequest;
import dev.opsflow.local.api.TaskShapes.ListPendingTaskTokensResponse;
import dev.opsflow.local.api.TaskShapes.SearchExecutionsRequest;
import dev.opsflow.local.api.TestStateShapes.TestStateRequest;
import dev.opsflow.local.api.TestStateShapes.TestStateResponse;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;

/**
 * The AWS Step Functions API over a {@link LocalEngine}: one method per operation, taking and returning the
 * request and response shapes of the API (AWS's member names), throwing {@link SfnApiException} with AWS's error
 * types and messages. It only queues work: executions progress on whatever drives the engine (usually
 * {@link dev.opsflow.local.engine.EngineWorkers}). Beyond AWS: {@link #listPendingTaskTokens} and {@link #searchExecutions}.
 */
public final class StepFunctionsService {
  private final LocalEngine engine;
  private final MachineOperations machines;
  private final ExecutionOperations executions;
  private final TaskTokenOperations tokens;
  private final TestStateRunner testState;

  /** {@code lambdas} serves TestState, which runs each test on a fresh engine. */
  public StepFunctionsService(LocalEngine engine, LambdaRegistry lambdas) {
    this.engine = engine;
    this.machines = new MachineOperations(engine);
    this.executions = new ExecutionOperations(engine, machines);
    this.tokens = new TaskTokenOperations(engine);
    this.testState = new TestStateRunner(lambdas);
  }

  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    return machines.create(request);
  }

  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    return machines.update(request);
  }

  public DescribeStateMachineResponse describeStateMachine(String stateMachineArn) {
    return machines.describe(stateMachineArn);
  }

  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return machines.list(request);
  }

  public void deleteStateMachine(String stateMachineArn) {
    machines.delete(stateMachineArn);
  }

  public ValidateDefinitionResponse validateStateMachineDefinition(ValidateDefinitionRequest request) {
    return machines.validateDefinition(request);
  }

  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return executions.start(request);
  }

  public StartSyncExecutionResponse startSyncExecution(StartExecutionRequest request) {
    return executions.startSync(request);
  }

  public DescribeExecutionResponse describeExecution(String executionArn) {
    return executions.describe(executionArn);
  }

  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    return executions.list(request);
  }

  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return executions.history(request);
  }

  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    return executions.stop(request);
  }

  /**
   * RedriveExecution: resumes a failed, aborted or timed-out Standard execution from the state where it stopped;
   * refuses others (running, succeeded, Express) with ExecutionNotRedrivable.
   */
  public RedriveExecutionResponse redriveExecution(RedriveExecutionRequest request) {
    return executions.redrive(request);
  }

  public void sendTaskSuccess(String taskToken, String output) {
    tokens.success(taskToken, output);
  }

  public void sendTaskFailure(String taskToken, String error, String cause) {
    tokens.failure(taskToken, error, cause);
  }

  public void sendTaskHeartbeat(String taskToken) {
    tokens.heartbeat(taskToken);
  }

  public TestStateResponse testState(TestStateRequest request) {
    return testState.run(request);
  }

  /** Extension: tasks awaiting a token answer (the review inbox). */
  public ListPendingTaskTokensResponse listPendingTaskTokens(ListPendingTaskTokensRequest request) {
    return tokens.pending(request);
  }

  /** Extension: executions by business key, newest first. */
  public ListExecutionsResponse searchExecutions(SearchExecutionsRequest request) {
    return executions.search(request);
  }

  public LocalEngine engine() {
    return engine;
  }
}
