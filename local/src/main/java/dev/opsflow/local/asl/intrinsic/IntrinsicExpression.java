package dev.opsflow.local.asl.intrinsic;

import java.math.BigDecimal;
import java.util.List;

/**
 * The syntax tree of an intrinsic function call: a call whose arguments are literals, reference
 * paths or nested calls. Produced by {@link IntrinsicParser}, consumed by {@link
 * IntrinsicEvaluator}.
 */
sealed interface IntrinsicExpression {

  /** {@code States.Name(arg, ...)}. */
  record Call(String name, List<IntrinsicExpression> arguments) implements IntrinsicExpression {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * A single-quoted string. {@code value} has the escapes resolved; {@code raw} keeps them, because
   * States.Format must tell an escaped {@code \{\}} (literal braces) from a placeholder.
   */
  record StringLiteral(String value, String raw) implements IntrinsicExpression {}

  /** An integer or decimal number, possibly negative. */
  record NumberLiteral(BigDecimal value) implements IntrinsicExpression {}

  /** {@code true} or {@code false}. */
  record BooleanLiteral(boolean value) implements IntrinsicExpression {}

  /** {@code null}. */
  record NullLiteral() implements IntrinsicExpression {}

  /**
   * A reference path: {@code $...} (state data), {@code $$...} (context object) or {@code $name...}
   * (variable).
   */
  record PathArgument(String path) implements IntrinsicExpression {}
}
