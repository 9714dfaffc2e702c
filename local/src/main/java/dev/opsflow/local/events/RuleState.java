package dev.opsflow.local.events;

/** Whether a rule routes events (and fires, for a schedule), as EventBridge's {@code State}. */
public enum RuleState {
  ENABLED,
  DISABLED
}
