package dev.opsflow.bench.ingress;

import java.util.Arrays;

/**
 * The ingress burst benchmark's load process (scripts/bench-ingress starts the node and runs this in its own JVM):
 * sends the burst ({@link BurstPlan}, {@link BurstSender}) to the node's ingress over loopback, waits until the node
 * has processed everything, checks the outcome ({@link BurstChecks}) and prints the accept rate and acknowledgement
 * latencies. Exits 1 when a check fails.
 */
public final class IngressBench {
  private IngressBench() {}

  public static void main(String[] args) throws Exception {
    IngressBenchOptions options;
    try {
      options = IngressBenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    BurstPlan plan = BurstPlan.of(options.requests(), options.duplicatePercent(), options.badPercent(), options.entities());
    System.err.printf("sending %d webhooks (%d unique, %d duplicates, %d badly signed) over %d entities with %d client threads%n",
        options.requests(), plan.unique(), plan.duplicates(), plan.bad(), options.entities(), options.concurrency());
    long start = System.nanoTime();
    BurstSender.Result result = new BurstSender(options).send(plan);
    BurstChecks checks = new BurstChecks(options);
    long drained = checks.awaitDrained();
    checks.answers(result);
    checks.records(plan);
    checks.busEvents(plan);

    long[] sorted = result.latenciesNanos().clone();
    Arrays.sort(sorted);
    int total = sorted.length;
    long accepted = Arrays.stream(result.statuses()).filter(s -> s == 202).count();
    long rejected = Arrays.stream(result.statuses()).filter(s -> s == 401).count();
    double wallSeconds = result.wallNanos() / 1e9;
    System.out.printf("requests            %d (unique %d, duplicates %d, badly signed %d)%n", total, plan.unique(), plan.duplicates(), plan.bad());
    System.out.printf("answered            202: %d, 401: %d, other: %d%n", accepted, rejected, total - accepted - rejected);
    System.out.printf("burst wall time     %.2f s%n", wallSeconds);
    System.out.printf("accept rate         %.0f req/s (all answers), %.0f accepted/s%n", total / wallSeconds, accepted / wallSeconds);
    System.out.printf("ack latency         p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[total - 1] / 1e6);
    if (drained > 0) {
      double drainSeconds = (drained - start) / 1e9;
      System.out.printf("all processed after %.2f s from the first request (%.0f published/s)%n", drainSeconds, plan.unique() / drainSeconds);
    }
    System.out.printf("checks              %s%n", checks.failures.isEmpty()
        ? "none lost, no duplicate publication, per-entity order kept, rejected = the badly signed" : "FAILED");
    checks.failures.forEach(f -> System.out.println("  FAIL " + f));
    System.exit(checks.failures.isEmpty() ? 0 : 1);
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
