package dev.opsflow.local.asl.model;

/** One ASL state; the closed set of types AWS defines. */
public sealed interface State
    permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {
  StateCommon common();

  default String name() {
    return common().name();
  }
}
