package dev.opsflow.local.asl.validate;

import dev.opsflow.local.engine.StateMachineType;

/**
 * What every state check needs: the state machine's own query language (states in branches and item processors
 * inherit it, not their parent's), its type, where findings go, and the checker to descend into nested machines.
 */
record MachineContext(QueryLanguage language, StateMachineType type, Findings findings, MachineChecker nested) {}
