package dev.opsflow.local.events;

/**
 * One target of a rule, as EventBridge's {@code Target}: an id unique within the rule, the ARN of a state
 * machine or Lambda function, at most one of {@code input} (constant JSON text), {@code inputPath} and {@code
 * inputTransformer} (none: the whole event), and an optional retry policy (null: the bus's default).
 */
public record RuleTarget(
    String id, String arn, String input, String inputPath, InputTransformer inputTransformer, RetryPolicy retryPolicy) {
  public RuleTarget {
    if (id == null || !id.matches("[\\.\\-_A-Za-z0-9]{1,64}")) {
      throw new IllegalArgumentException("Target id must be 1 to 64 of [.-_A-Za-z0-9], not '" + id + "'");
    }
    if (arn == null || arn.isBlank()) {
      throw new IllegalArgumentException("Target " + id + " has no Arn");
    }
    int inputs = (input == null ? 0 : 1) + (inputPath == null ? 0 : 1) + (inputTransformer == null ? 0 : 1);
    if (inputs > 1) {
      throw EventsApiException.validation("Only one of Input, InputPath, or InputTransformer must be provided for target " + id + ".");
    }
  }

  /** A target that receives the whole event. */
  public static RuleTarget of(String id, String arn) {
    return new RuleTarget(id, arn, null, null, null, null);
  }
}
