package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.path.PathContext;

/**
 * The 18 ASL intrinsic functions ({@code States.Format(...)}, {@code States.Array(...)}, ...), the
 * entry point for JSONPath-mode fields whose value is an intrinsic call.
 *
 * <p>An expression is parsed ({@link IntrinsicParser}), then evaluated ({@link IntrinsicEvaluator})
 * with its reference paths resolved through the caller's {@link PathContext}. Argument failures
 * raise {@code States.IntrinsicFailure}; a malformed call raises {@code States.Runtime} (see {@link
 * IntrinsicErrors}).
 */
public final class IntrinsicFunctions {
  private IntrinsicFunctions() {}

  /**
   * True when {@code text} is an intrinsic function call, e.g. {@code States.Format('{}', $.a)}.
   */
  public static boolean isIntrinsic(String text) {
    return text.startsWith("States.");
  }

  /**
   * Evaluates an intrinsic function call; path arguments are resolved through {@code context}.
   * Throws {@link dev.opsflow.local.asl.StatesException} with AWS's error and message on failure.
   */
  public static JsonNode evaluate(String expression, PathContext context) {
    return new IntrinsicEvaluator(context).evaluate(IntrinsicParser.parse(expression));
  }
}
