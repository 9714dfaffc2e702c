package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.assertJson;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesErrors;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathFunctionsTest {

  /** Pairs recorded against AWS: each addend is rounded half up before adding. */
  @ParameterizedTest
  @CsvSource({
    "111, -1, 110",
    "1.49, 1.5, 3",
    "1.5, 1.51, 4",
    "-1.49, -1.5, -2",
    "-1.5, -1.51, -3",
    "0.5, 0, 1",
    "-0.5, 0, 0",
    "-0.5, 0.5, 1",
    "2.5, 0, 3",
    "-2.5, 0, -2",
    "-3.5, 0, -3"
  })
  void add_roundsEachArgumentThenAdds(String first, String second, long expected) {
    JsonNode result =
        evaluate("States.MathAdd($.a, $.b)", "{\"a\": " + first + ", \"b\": " + second + "}");

    assertThat(result.isIntegralNumber()).isTrue();
    assertThat(result.longValue()).isEqualTo(expected);
  }

  @Test
  void add_withLiteralNegative_works() {
    assertJson(evaluate("States.MathAdd($.i, -1)", "{\"i\": 3}"), "2");
  }

  @Test
  void add_withString_fails() {
    var failure = failure("States.MathAdd('1', 2)");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause())
        .isEqualTo(
            "Invalid arguments in States.MathAdd: argument 1 must be a number, but was: \"1\".");
  }

  @Test
  void add_withThreeArguments_fails() {
    assertThat(failure("States.MathAdd(1, 2, 3)").cause())
        .contains("expected 2 arguments but received 3");
  }

  @Test
  void random_staysWithinStartInclusiveEndExclusive() {
    // WHEN drawing many numbers from [1, 4)
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      seen.add(evaluate("States.MathRandom(1, 4)").longValue());
    }

    // THEN only 1, 2 and 3 come out
    assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L);
  }

  @Test
  void random_withDecimalAndNegativeBounds_works() {
    long value =
        evaluate("States.MathRandom($.a, $.b)", "{\"a\": -99999, \"b\": -9999}").longValue();

    assertThat(value).isBetween(-99999L, -10000L);
    assertThat(evaluate("States.MathRandom(12.5, 44.51)").longValue()).isBetween(13L, 44L);
  }

  @Test
  void random_withSameSeed_isDeterministic() {
    long first = evaluate("States.MathRandom(0, 999, 3)").longValue();
    long second = evaluate("States.MathRandom(0, 999, 3)").longValue();

    assertThat(first).isEqualTo(second).isBetween(0L, 998L);
  }

  @Test
  void random_withEndNotAboveStart_fails() {
    assertThat(failure("States.MathRandom(5, 5)").cause())
        .contains("must be greater than the start");
  }

  @Test
  void random_withOneArgument_fails() {
    assertThat(failure("States.MathRandom(5)").cause())
        .contains("expected 2 to 3 arguments but received 1");
  }
}
