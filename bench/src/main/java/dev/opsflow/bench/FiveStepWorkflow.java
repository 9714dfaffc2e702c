package dev.opsflow.bench;

/** The DBOS counterpart of opsflow's five-Task state machine. */
public interface FiveStepWorkflow {
  int run(int input);
}
