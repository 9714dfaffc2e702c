package dev.opsflow.local.invoke;

/**
 * What a local invocation knows besides the payload: the function's ARN, a request id, and the idempotency key
 * (execution, state, entry count) that stays the same when the engine re-invokes after a crash.
 */
public record LambdaInvocation(String functionArn, String requestId, String idempotencyKey) {}
