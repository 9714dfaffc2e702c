package dev.opsflow.local.events;

/**
 * Delivers one event's input to one target: the seam between the bus and what its targets are (the local engine
 * and Lambda registry in {@code opsflow local}, see {@link LocalTargets}). Implementations must not throw: every
 * failure is a {@link DeliveryOutcome}.
 */
@FunctionalInterface
public interface TargetInvoker {
  /**
   * Delivers {@code input} to {@code targetArn}. {@code deliveryKey} is the same for every attempt of one
   * delivery (event, rule, target), so a target can tell a redelivery from new work.
   */
  DeliveryOutcome deliver(String targetArn, String input, String deliveryKey);
}
