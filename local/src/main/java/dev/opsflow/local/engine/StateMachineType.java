package dev.opsflow.local.engine;

/** Standard (durable, exactly-once state transitions) or Express (short, synchronous) workflows. */
public enum StateMachineType {
  STANDARD,
  EXPRESS
}
