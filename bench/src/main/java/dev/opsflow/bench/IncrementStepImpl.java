package dev.opsflow.bench;

import dev.dbos.transact.workflow.Step;

/** Returns its input + 1; DBOS checkpoints each call's output. */
public final class IncrementStepImpl implements IncrementStep {
  @Override
  @Step(name = "increment")
  public int increment(int value) {
    return value + 1;
  }
}
