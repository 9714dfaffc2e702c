package dev.opsflow.shared.workflow;

import dev.opsflow.shared.intake.store.Actor;

/** Who the audit trail and the revisions name when a workflow step (not an agent, not staff) makes a change. */
public final class StepActors {
  /** {@code system:service-intake}: the intake workflow's own steps. */
  public static final Actor WORKFLOW = Actor.system("service-intake");

  private StepActors() {}
}
