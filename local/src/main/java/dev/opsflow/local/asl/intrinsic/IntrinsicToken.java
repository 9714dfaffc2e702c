package dev.opsflow.local.asl.intrinsic;

import java.math.BigDecimal;

/**
 * One lexical unit of an intrinsic function call; {@code position} is its offset in the source
 * text.
 */
sealed interface IntrinsicToken {
  int position();

  /** A function name such as {@code States.Format}. */
  record Name(String text, int position) implements IntrinsicToken {}

  /** {@code (}. */
  record OpenParen(int position) implements IntrinsicToken {}

  /** {@code )}. */
  record CloseParen(int position) implements IntrinsicToken {}

  /** {@code ,}. */
  record Comma(int position) implements IntrinsicToken {}

  /** A single-quoted string literal, unescaped ({@code value}) and as written ({@code raw}). */
  record Text(String value, String raw, int position) implements IntrinsicToken {}

  /** A number literal. */
  record Number(BigDecimal value, int position) implements IntrinsicToken {}

  /** {@code true}, {@code false} or {@code null}. */
  record Keyword(String text, int position) implements IntrinsicToken {}

  /** A reference path starting with {@code $}. */
  record Path(String path, int position) implements IntrinsicToken {}
}
