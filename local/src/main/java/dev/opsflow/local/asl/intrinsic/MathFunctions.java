package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * States.MathAdd and States.MathRandom. Both take integers and round other numbers half up, as AWS
 * does ({@code MathAdd(1.49, 1.5)} is {@code 3}).
 *
 * <p>MathRandom returns an integer from the start (inclusive) to the end (exclusive). With a seed
 * the result is deterministic: the same seed and bounds always give the same number. It cannot be
 * AWS's number, whose generator is not public.
 */
final class MathFunctions {
  private MathFunctions() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of("States.MathAdd", MathFunctions::add, "States.MathRandom", MathFunctions::random);
  }

  static JsonNode add(IntrinsicArguments args) {
    args.requireCount(2);
    return JsonValues.integer(args.roundedInteger(0) + args.roundedInteger(1));
  }

  static JsonNode random(IntrinsicArguments args) {
    args.requireCountBetween(2, 3);
    long start = args.roundedInteger(0);
    long end = args.roundedInteger(1);
    if (end <= start) {
      throw IntrinsicErrors.invalidArgument(
          args.function(), "the end " + end + " must be greater than the start " + start + ".");
    }
    Random generator =
        args.size() == 3 ? new Random(args.roundedInteger(2)) : ThreadLocalRandom.current();
    return JsonValues.integer(start + generator.nextLong(end - start));
  }
}
