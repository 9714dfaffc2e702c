package dev.opsflow.local.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of a conformance run and their counts. Skipped cases count neither as passed nor as failed; the
 * pass rate is {@code passed / (passed + failed)} (1.0 when nothing ran). History matches are counted apart.
 */
public record ConformanceReport(List<CaseResult> results) {
  public ConformanceReport {
    results = List.copyOf(results);
  }

  public int passed() {
    return count(CaseOutcome.Passed.class);
  }

  public int failed() {
    return count(CaseOutcome.Failed.class);
  }

  public int skipped() {
    return count(CaseOutcome.Skipped.class);
  }

  public double passRate() {
    int ran = passed() + failed();
    return ran == 0 ? 1.0 : (double) passed() / ran;
  }

  public int historiesCompared() {
    return (int) results.stream().filter(r -> r.history() != HistoryMatch.NOT_COMPARED).count();
  }

  public int historiesMatched() {
    return (int) results.stream().filter(r -> r.history() == HistoryMatch.MATCHED).count();
  }

  /** The cases that failed, in run order. */
  public List<CaseResult> failures() {
    return results.stream().filter(r -> r.outcome() instanceof CaseOutcome.Failed).toList();
  }

  /** Pass rates per feature tag, sorted by tag; skipped cases are left out. */
  public List<FeatureRate> featureRates() {
    Map<String, int[]> counts = new TreeMap<>();
    for (CaseResult result : results) {
      if (result.outcome() instanceof CaseOutcome.Skipped) {
        continue;
      }
      for (String feature : result.testCase().features()) {
        int[] passedAndTotal = counts.computeIfAbsent(feature, f -> new int[2]);
        passedAndTotal[0] += result.outcome() instanceof CaseOutcome.Passed ? 1 : 0;
        passedAndTotal[1]++;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new FeatureRate(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private int count(Class<? extends CaseOutcome> outcome) {
    return (int) results.stream().filter(r -> outcome.isInstance(r.outcome())).count();
  }
}
