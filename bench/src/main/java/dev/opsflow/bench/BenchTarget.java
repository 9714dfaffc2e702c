package dev.opsflow.bench;

/**
 * One durable-workflow system under test, set up and ready: it runs the benchmark's 5-step workflow to its end
 * on the calling thread's behalf and afterwards counts, from its own database, how many steps it made durable.
 */
interface BenchTarget extends AutoCloseable {
  /** The name printed in the result table. */
  String system();

  /** Runs one workflow with this id (unique in the run) and returns when its result is durable and checked. */
  void runWorkflow(String workflowId) throws InterruptedException;

  /** State transitions (opsflow: StateEntered history events; DBOS: recorded step outputs) of ids with this prefix. */
  long countTransitions(String idPrefix);

  @Override
  void close();
}
