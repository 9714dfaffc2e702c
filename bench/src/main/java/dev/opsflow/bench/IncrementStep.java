package dev.opsflow.bench;

/** The trivial step of the DBOS workflow: the counterpart of opsflow's in-process {@code increment} Lambda. */
public interface IncrementStep {
  int increment(int value);
}
