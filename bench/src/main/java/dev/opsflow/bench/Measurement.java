package dev.opsflow.bench;

import java.util.Arrays;

/** One configuration's result: a row of the table. {@code workers} is null where the system has no such knob. */
record Measurement(String system, int concurrency, Integer workers, int workflows, long transitions, LoadRun.Timings timings) {
  double seconds() {
    return timings.elapsedNanos() / 1e9;
  }

  double workflowsPerSecond() {
    return workflows / seconds();
  }

  double transitionsPerSecond() {
    return transitions / seconds();
  }

  /** The latency at quantile {@code q} (nearest rank), in milliseconds. */
  double latencyMillis(double q) {
    long[] sorted = timings.latencyNanos().clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }
}
