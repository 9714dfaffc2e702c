package dev.opsflow.fn.startworkflow;

import dev.opsflow.shared.executions.InvalidWorkflowStartException;
import dev.opsflow.shared.executions.WorkflowStart;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * Starts named executions with StartExecution, idempotent as Step Functions makes Standard workflows: the same
 * name with the same input while the execution runs returns that execution ({@link Status#STARTED}); any other
 * reuse of the name (a different input, or the first execution has ended) is {@code ExecutionAlreadyExists},
 * which here means a duplicate delivery of one message: the first one wins, nothing new starts, and it is
 * reported ({@link Status#ALREADY_EXISTS}) and logged, not failed, so the bus does not retry it or dead-letter it.
 *
 * <p>Requests Step Functions refuses as malformed fail with {@link InvalidWorkflowStartException}; everything
 * else (throttling, 5xx, the network, after the SDK's own retries; a state machine that does not exist yet)
 * propagates as the SDK's exception, so the caller's retries (Lambda's, the bus's) apply.
 */
final class WorkflowStarter {
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowStarter.class);

  /** What a start did. */
  enum Status {
    /** StartExecution succeeded: a new execution, or the running one of the same name and input. */
    STARTED,
    /** An execution of that name exists (ended, or running with another input): nothing was started. */
    ALREADY_EXISTS
  }

  /** The outcome of one start: what happened, and the execution that has the name. */
  record Started(Status status, String executionName, String executionArn) {}

  private final Supplier<SfnClient> sfn;

  WorkflowStarter(SfnClient sfn) {
    this.sfn = () -> sfn;
  }

  private WorkflowStarter(Supplier<SfnClient> sfn) {
    this.sfn = sfn;
  }

  /**
   * A starter whose client ({@link StepFunctionsClients}) is built on first use, once: {@code opsflow local} loads
   * its functions before its Step Functions API listens, and installs that endpoint only then.
   */
  static WorkflowStarter fromEnvironment(Map<String, String> env) {
    return new WorkflowStarter(new OnFirstUse<>(() -> StepFunctionsClients.create(env)));
  }

  Started start(WorkflowStart start) {
    try {
      StartExecutionResponse response = sfn.get().startExecution(b -> b
          .stateMachineArn(start.stateMachineArn()).name(start.executionName()).input(start.inputText()));
      LOG.info("Started execution {} of {}", start.executionName(), start.stateMachineArn());
      return new Started(Status.STARTED, start.executionName(), response.executionArn());
    } catch (ExecutionAlreadyExistsException e) {
      // The name is the message's: a retried event, a re-sent webhook, or a different payload under the same id.
      LOG.info("Execution {} of {} already exists: a duplicate delivery, the first one wins, nothing started ({})",
          start.executionName(), start.stateMachineArn(), e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
      return new Started(Status.ALREADY_EXISTS, start.executionName(), start.executionArn());
    } catch (InvalidArnException | InvalidNameException | InvalidExecutionInputException e) {
      throw new InvalidWorkflowStartException("Step Functions refused the start of " + start.executionName() + ": " + e.getMessage(), e);
    }
  }

  /** Builds the value once, on the first {@link #get}; a failed build is tried again on the next call. */
  private static final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    OnFirstUse(Supplier<T> build) {
      this.build = build;
    }

    @Override
    public T get() {
      T current = value;
      if (current == null) {
        synchronized (this) {
          if (value == null) {
            value = build.get();
          }
          current = value;
        }
      }
      return current;
    }
  }
}
