package dev.opsflow.webapp.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * Executions of every state machine that FAILED, TIMED_OUT or were ABORTED (ListExecutions through the
 * {@link SfnClient}), newest first, and their redrive (RedriveExecution: the execution resumes from the state
 * that failed, keeping what succeeded before it).
 */
public final class FailedExecutions {
  private static final List<ExecutionStatus> ENDED_BADLY = List.of(ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT, ExecutionStatus.ABORTED);

  private final SfnClient sfn;

  public FailedExecutions(SfnClient sfn) {
    this.sfn = sfn;
  }

  /** At most {@code perStatus} of each bad ending per machine, newest first. */
  public List<FailedExecution> recent(int perStatus) {
    List<FailedExecution> found = new ArrayList<>();
    for (StateMachineListItem machine : sfn.listStateMachinesPaginator(b -> b.maxResults(100)).stateMachines()) {
      for (ExecutionStatus status : ENDED_BADLY) {
        for (ExecutionListItem item : sfn.listExecutions(b -> b.stateMachineArn(machine.stateMachineArn())
            .statusFilter(status).maxResults(perStatus)).executions()) {
          found.add(new FailedExecution(item.executionArn(), item.name(), machine.name(), item.statusAsString(),
              item.startDate(), item.stopDate(), item.redriveCount()));
        }
      }
    }
    found.sort(Comparator.comparing(FailedExecution::stopDate, Comparator.nullsLast(Comparator.reverseOrder())));
    return found;
  }

  /** Redrives the execution; the SDK's exception tells when it cannot be (still running, succeeded, too old). */
  public void redrive(String executionArn) {
    sfn.redriveExecution(b -> b.executionArn(executionArn));
  }
}
