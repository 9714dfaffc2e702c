package dev.opsflow.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints measurements as a fixed-width table, one row per configuration. */
final class ResultTable {
  private static final String FORMAT = "%-8s %11s %7s %9s %11s %13s %9s %9s%n";

  private ResultTable() {}

  static void print(PrintStream out, List<Measurement> rows) {
    out.printf(Locale.ROOT, FORMAT, "system", "concurrency", "workers", "workflows", "workflows/s", "transitions/s", "p50 ms", "p99 ms");
    for (Measurement row : rows) {
      out.printf(
          Locale.ROOT,
          FORMAT,
          row.system(),
          row.concurrency(),
          row.workers() == null ? "-" : row.workers().toString(),
          row.workflows(),
          String.format(Locale.ROOT, "%.1f", row.workflowsPerSecond()),
          String.format(Locale.ROOT, "%.1f", row.transitionsPerSecond()),
          String.format(Locale.ROOT, "%.1f", row.latencyMillis(0.50)),
          String.format(Locale.ROOT, "%.1f", row.latencyMillis(0.99)));
    }
  }
}
