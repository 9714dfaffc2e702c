package dev.opsflow.local.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Runs the AWS-recorded ASL conformance cases against the local engine and prints the report
 * ({@code scripts/conformance DIR [options]}; options in {@link RunnerOptions}). Exits 0 when the run completed,
 * whatever the failures, unless {@code --min-pass-rate} is given and not met (1); a bad command line or an
 * unreadable corpus exits 2.
 */
public final class ConformanceMain {
  static final int OK = 0;
  static final int BELOW_MIN_PASS_RATE = 1;
  static final int USAGE_ERROR = 2;

  private ConformanceMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The whole program, minus {@code System.exit}: returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    RunnerOptions options;
    try {
      options = RunnerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(RunnerOptions.USAGE);
      return USAGE_ERROR;
    }
    if (!Files.isDirectory(options.dir())) {
      err.println("not a directory: " + options.dir());
      return USAGE_ERROR;
    }
    ConformanceReport report;
    try {
      report = ConformanceRunner.run(options);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("cannot load the conformance cases: " + e.getMessage());
      return USAGE_ERROR;
    }
    new ReportPrinter(out, options.verbose()).print(report);
    if (options.jsonReport().isPresent()) {
      try {
        ReportJson.write(report, options.jsonReport().get());
      } catch (IOException e) {
        err.println("cannot write " + options.jsonReport().get() + ": " + e.getMessage());
        return USAGE_ERROR;
      }
    }
    if (options.minPassRate().isPresent() && report.passRate() < options.minPassRate().getAsDouble()) {
      err.printf(
          Locale.ROOT,
          "pass rate %.4f is below the minimum %.4f%n",
          report.passRate(),
          options.minPassRate().getAsDouble());
      return BELOW_MIN_PASS_RATE;
    }
    return OK;
  }
}
