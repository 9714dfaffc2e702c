package dev.opsflow.local.api;

import dev.opsflow.local.api.ExecutionShapes.ExecutionArnRequest;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryRequest;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.ExecutionShapes.RedriveExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StopExecutionRequest;
import dev.opsflow.local.api.MachineShapes.CreateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.ListStateMachinesRequest;
import dev.opsflow.local.api.MachineShapes.StateMachineArnRequest;
import dev.opsflow.local.api.MachineShapes.UpdateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.ValidateDefinitionRequest;
import dev.opsflow.local.api.TaskShapes.ListPendingTaskTokensRequest;
import dev.opsflow.local.api.TaskShapes.SearchExecutionsRequest;
import dev.opsflow.local.api.TaskShapes.SendTaskFailureRequest;
import dev.opsflow.local.api.TaskShapes.SendTaskHeartbeatRequest;
import dev.opsflow.local.api.TaskShapes.SendTaskSuccessRequest;
import dev.opsflow.local.api.TestStateShapes.TestStateRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operations the HTTP API serves, by {@code X-Amz-Target}: AWS's under {@value #AWS_PREFIX}, the opsflow
 * extensions under {@value #OPSFLOW_PREFIX}. Each names its request shape and the service method that answers it
 * (null for operations whose response is empty).
 */
final class ApiOperations {
  static final String AWS_PREFIX = "AWSStepFunctions.";
  static final String OPSFLOW_PREFIX = "OpsflowLocal.";

  /** One operation: the request type to parse the body into, and the call. */
  record Operation<Q>(Class<Q> requestType, Function<Q, Object> call) {
    Object invoke(Object request) {
      return call.apply(requestType.cast(request));
    }
  }

  private final Map<String, Operation<?>> operations = new HashMap<>();

  ApiOperations(StepFunctionsService sfn) {
    aws("CreateStateMachine", CreateStateMachineRequest.class, sfn::createStateMachine);
    aws("UpdateStateMachine", UpdateStateMachineRequest.class, sfn::updateStateMachine);
    aws("DescribeStateMachine", StateMachineArnRequest.class, r -> sfn.describeStateMachine(r.stateMachineArn()));
    aws("ListStateMachines", ListStateMachinesRequest.class, sfn::listStateMachines);
    aws("DeleteStateMachine", StateMachineArnRequest.class, r -> empty(() -> sfn.deleteStateMachine(r.stateMachineArn())));
    aws("ValidateStateMachineDefinition", ValidateDefinitionRequest.class, sfn::validateStateMachineDefinition);
    aws("StartExecution", StartExecutionRequest.class, sfn::startExecution);
    aws("StartSyncExecution", StartExecutionRequest.class, sfn::startSyncExecution);
    aws("DescribeExecution", ExecutionArnRequest.class, r -> sfn.describeExecution(r.executionArn()));
    aws("ListExecutions", ListExecutionsRequest.class, sfn::listExecutions);
    aws("GetExecutionHistory", GetExecutionHistoryRequest.class, sfn::getExecutionHistory);
    aws("StopExecution", StopExecutionRequest.class, sfn::stopExecution);
    aws("RedriveExecution", RedriveExecutionRequest.class, sfn::redriveExecution);
    aws("SendTaskSuccess", SendTaskSuccessRequest.class, r -> empty(() -> sfn.sendTaskSuccess(r.taskToken(), r.output())));
    aws("SendTaskFailure", SendTaskFailureRequest.class, r -> empty(() -> sfn.sendTaskFailure(r.taskToken(), r.error(), r.cause())));
    aws("SendTaskHeartbeat", SendTaskHeartbeatRequest.class, r -> empty(() -> sfn.sendTaskHeartbeat(r.taskToken())));
    aws("TestState", TestStateRequest.class, sfn::testState);
    operations.put(OPSFLOW_PREFIX + "ListPendingTaskTokens", new Operation<>(ListPendingTaskTokensRequest.class, sfn::listPendingTaskTokens));
    operations.put(OPSFLOW_PREFIX + "SearchExecutions", new Operation<>(SearchExecutionsRequest.class, sfn::searchExecutions));
  }

  private <Q> void aws(String name, Class<Q> requestType, Function<Q, Object> call) {
    operations.put(AWS_PREFIX + name, new Operation<>(requestType, call));
  }

  Optional<Operation<?>> find(String target) {
    return Optional.ofNullable(target).map(operations::get);
  }

  /** Operations with an empty response answer {@code {}}. */
  private static Object empty(Runnable call) {
    call.run();
    return Map.of();
  }
}
