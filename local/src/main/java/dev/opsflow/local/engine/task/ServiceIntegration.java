package dev.opsflow.local.engine.task;

/** One service integration ({@code lambda:invoke}, {@code events:putEvents} ...) available to Task states. */
public interface ServiceIntegration {
  TaskOutcome invoke(TaskCall call);
}
