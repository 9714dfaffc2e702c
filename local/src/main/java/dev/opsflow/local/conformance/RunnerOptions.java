package dev.opsflow.local.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Command-line options of {@link ConformanceMain}: the corpus directory (or its {@code cases/} directory), and
 * {@code --json FILE}, {@code --filter SUBSTRING} (of the case id or file name), {@code --verbose},
 * {@code --min-pass-rate X} (0..1) and {@code --timeout SECONDS} (per case, default 10).
 */
public record RunnerOptions(
    Path dir,
    Optional<Path> jsonReport,
    Optional<String> filter,
    boolean verbose,
    OptionalDouble minPassRate,
    Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final String USAGE =
      "usage: conformance DIR [--json FILE] [--filter SUBSTRING] [--verbose] [--min-pass-rate X] [--timeout SECONDS]";

  /** Options with defaults for {@code dir}. */
  public static RunnerOptions defaults(Path dir) {
    return new RunnerOptions(dir, Optional.empty(), Optional.empty(), false, OptionalDouble.empty(), DEFAULT_TIMEOUT);
  }

  /** Parses {@code args}; throws {@link IllegalArgumentException} with the reason on a bad command line. */
  public static RunnerOptions parse(String... args) {
    Path dir = null;
    RunnerOptions options = defaults(Path.of("."));
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--json" -> options = options.withJsonReport(Path.of(value(args, ++i, arg)));
        case "--filter" -> options = options.withFilter(value(args, ++i, arg));
        case "--verbose", "-v" -> options = options.withVerbose();
        case "--min-pass-rate" -> options = options.withMinPassRate(number(value(args, ++i, arg), arg));
        case "--timeout" -> {
          double seconds = number(value(args, ++i, arg), arg);
          options = options.withTimeout(Duration.ofMillis((long) (seconds * 1000)));
        }
        default -> {
          if (arg.startsWith("-") || dir != null) {
            throw new IllegalArgumentException("unexpected argument: " + arg);
          }
          dir = Path.of(arg);
        }
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("missing DIR");
    }
    return new RunnerOptions(
        dir, options.jsonReport, options.filter, options.verbose, options.minPassRate, options.timeout);
  }

  public RunnerOptions {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be positive");
    }
    if (minPassRate.isPresent() && (minPassRate.getAsDouble() < 0 || minPassRate.getAsDouble() > 1)) {
      throw new IllegalArgumentException("--min-pass-rate must be between 0 and 1");
    }
  }

  public RunnerOptions withJsonReport(Path file) {
    return new RunnerOptions(dir, Optional.of(file), filter, verbose, minPassRate, timeout);
  }

  public RunnerOptions withFilter(String substring) {
    return new RunnerOptions(dir, jsonReport, Optional.of(substring), verbose, minPassRate, timeout);
  }

  public RunnerOptions withVerbose() {
    return new RunnerOptions(dir, jsonReport, filter, true, minPassRate, timeout);
  }

  public RunnerOptions withMinPassRate(double rate) {
    return new RunnerOptions(dir, jsonReport, filter, verbose, OptionalDouble.of(rate), timeout);
  }

  public RunnerOptions withTimeout(Duration perCase) {
    return new RunnerOptions(dir, jsonReport, filter, verbose, minPassRate, perCase);
  }

  /** Whether a case is selected by {@code --filter}. */
  public boolean selects(ConformanceCase testCase) {
    return filter.map(f -> testCase.id().contains(f) || testCase.fileName().contains(f)).orElse(true);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static double number(String text, String option) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got: " + text, e);
    }
  }
}
