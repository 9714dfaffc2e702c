package dev.opsflow.local.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import dev.opsflow.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions Step Functions adds to JSONata: {@code $partition}, {@code $range}, {@code $hash},
 * {@code $random} (with an optional seed), {@code $uuid} and {@code $parse}. They stand in for the JSONPath
 * intrinsics {@code States.ArrayPartition}, {@code States.ArrayRange}, {@code States.Hash},
 * {@code States.MathRandom}, {@code States.UUID} and {@code States.StringToJson}.
 */
final class AwsJsonataFunctions {
  private static final Map<String, String> HASH_ALGORITHMS =
      Map.of("MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

  private AwsJsonataFunctions() {}

  /** Binds the functions into the expression's own environment; call before sharing the expression. */
  static void registerOn(Jsonata expression) {
    expression.registerFunction("partition", new JFunction((input, args) -> partition(args), "<an:a>"));
    expression.registerFunction("range", new JFunction((input, args) -> range(args), "<nnn:a>"));
    expression.registerFunction("hash", new JFunction((input, args) -> hash(args), "<ss:s>"));
    expression.registerFunction("random", new JFunction((input, args) -> random(args), "<n?:n>"));
    expression.registerFunction("uuid", new JFunction((input, args) -> UUID.randomUUID().toString(), "<:s>"));
    expression.registerFunction("parse", new JFunction((input, args) -> parse(args), "<s:x>"));
  }

  /** Splits an array into chunks of the given size; the last chunk may be shorter. */
  static List<Object> partition(List<?> args) {
    List<?> array = (List<?>) args.get(0);
    long size = positiveInteger(args.get(1), "$partition", "chunk size");
    List<Object> chunks = new ArrayList<>();
    for (int start = 0; start < array.size(); start += (int) Math.min(size, Integer.MAX_VALUE)) {
      chunks.add(new ArrayList<>(array.subList(start, (int) Math.min(array.size(), start + size))));
    }
    return chunks;
  }

  /**
   * The values from start to end (inclusive) by step. Like a JSONata sequence, a single value is returned
   * unwrapped and no value at all is undefined: AWS returns {@code 1}, not {@code [1]}, for
   * {@code $range(1, 9, 9)}.
   */
  static Object range(List<?> args) {
    double start = number(args.get(0), "$range", "start");
    double end = number(args.get(1), "$range", "end");
    double step = number(args.get(2), "$range", "step");
    if (step == 0) {
      throw new AwsFunctionFailure("The $range function's step argument must not be zero.");
    }
    boolean integral = start == Math.rint(start) && step == Math.rint(step);
    List<Object> values = new ArrayList<>();
    for (double value = start; step > 0 ? value <= end : value >= end; value += step) {
      values.add(integral ? (Object) (long) value : (Object) value);
    }
    return switch (values.size()) {
      case 0 -> null;
      case 1 -> values.get(0);
      default -> values;
    };
  }

  /** Hex digest of the UTF-8 text with MD5, SHA-1, SHA-256, SHA-384 or SHA-512. */
  static String hash(List<?> args) {
    String text = (String) args.get(0);
    String algorithm = HASH_ALGORITHMS.get((String) args.get(1));
    if (algorithm == null) {
      throw new AwsFunctionFailure(
          "The $hash function's algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was '"
              + args.get(1)
              + "'.");
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + algorithm, e);
    }
  }

  /** A number in [0, 1); the same seed always gives the same number. */
  static double random(List<?> args) {
    Object seed = args.isEmpty() ? null : args.get(0);
    if (seed == null) {
      return ThreadLocalRandom.current().nextDouble();
    }
    return new Random((long) number(seed, "$random", "seed")).nextDouble();
  }

  /** The value of a JSON text (JSONata's {@code $eval} is not offered by AWS; this is its data-only twin). */
  static Object parse(List<?> args) {
    String text = (String) args.get(0);
    try {
      return JsonataValues.toJava(Json.parse(text));
    } catch (IllegalArgumentException e) {
      throw new AwsFunctionFailure("The $parse function could not parse its argument as JSON: " + text);
    }
  }

  private static double number(Object value, String function, String argument) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw new AwsFunctionFailure("The " + function + " function's " + argument + " argument must be a number.");
  }

  private static long positiveInteger(Object value, String function, String argument) {
    double number = number(value, function, argument);
    if (number < 1 || number != Math.rint(number)) {
      throw new AwsFunctionFailure(
          "The " + function + " function's " + argument + " argument must be a positive integer.");
    }
    return (long) number;
  }

  /** A failure of one of these functions, reported as an evaluation error of the expression. */
  static final class AwsFunctionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AwsFunctionFailure(String message) {
      super(message, null, false, false);
    }
  }
}
