package dev.opsflow.local.conformance;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints a report for people: a pass-rate table per feature tag, one {@code FAIL <id> : <diff>} line per failure
 * (with full expected and actual values when verbose), the history tally, the skipped count, and last the line
 * {@code N passed, M failed} that scripts may parse.
 */
public final class ReportPrinter {
  private final PrintStream out;
  private final boolean verbose;

  public ReportPrinter(PrintStream out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  public void print(ConformanceReport report) {
    printFeatureTable(report.featureRates());
    for (CaseResult failure : report.failures()) {
      printFailure(failure);
    }
    out.printf(
        Locale.ROOT,
        "history event types: %d of %d compared histories match (%d not compared)%n",
        report.historiesMatched(),
        report.historiesCompared(),
        report.results().size() - report.historiesCompared());
    out.printf(Locale.ROOT, "%d skipped%n", report.skipped());
    out.printf(Locale.ROOT, "%d passed, %d failed%n", report.passed(), report.failed());
  }

  private void printFeatureTable(List<FeatureRate> rates) {
    int width = rates.stream().mapToInt(rate -> rate.feature().length()).max().orElse(0);
    width = Math.max(width, "feature".length());
    out.printf(Locale.ROOT, "%-" + width + "s  %9s  %6s%n", "feature", "passed", "rate");
    for (FeatureRate rate : rates) {
      out.printf(
          Locale.ROOT,
          "%-" + width + "s  %9s  %5.1f%%%n",
          rate.feature(),
          rate.passed() + "/" + rate.total(),
          rate.rate() * 100);
    }
  }

  private void printFailure(CaseResult failure) {
    CaseOutcome.Failed failed = (CaseOutcome.Failed) failure.outcome();
    out.println("FAIL " + failure.testCase().id() + " : " + failed.reason().replace("\n", "\\n"));
    if (verbose) {
      out.println("  file:     " + failure.testCase().fileName());
      out.println("  expected: " + failed.expected());
      out.println("  actual:   " + failed.actual());
    }
  }
}
