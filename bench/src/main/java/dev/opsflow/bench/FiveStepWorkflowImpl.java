package dev.opsflow.bench;

import dev.dbos.transact.workflow.Workflow;

/** Five steps in a row, each through the DBOS step proxy so that each output is checkpointed. */
public final class FiveStepWorkflowImpl implements FiveStepWorkflow {
  private final IncrementStep steps;

  public FiveStepWorkflowImpl(IncrementStep steps) {
    this.steps = steps;
  }

  @Override
  @Workflow(name = "fiveSteps")
  public int run(int input) {
    int value = input;
    for (int i = 0; i < 5; i++) {
      value = steps.increment(value);
    }
    return value;
  }
}
