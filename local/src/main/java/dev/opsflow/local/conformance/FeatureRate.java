package dev.opsflow.local.conformance;

/** How many of the run (not skipped) cases carrying one feature tag passed. */
public record FeatureRate(String feature, int passed, int total) {
  public double rate() {
    return total == 0 ? 1.0 : (double) passed / total;
  }
}
