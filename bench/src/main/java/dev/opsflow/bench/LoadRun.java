package dev.opsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives a {@link BenchTarget} with {@code concurrency} client threads that together run {@code workflows}
 * workflows back to back (closed loop: each thread starts its next workflow when its previous one has ended), and
 * measures the wall time of the whole batch and the end-to-end latency of each workflow.
 */
final class LoadRun {
  private LoadRun() {}

  /** The wall time of the batch and each workflow's latency, in nanoseconds. */
  record Timings(long elapsedNanos, long[] latencyNanos) {}

  static Timings run(BenchTarget target, int concurrency, int workflows, String idPrefix) throws InterruptedException {
    long[] latencies = new long[workflows];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      clients.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
        try {
          go.await();
          for (int i = next.getAndIncrement(); i < workflows && failure.get() == null; i = next.getAndIncrement()) {
            long start = System.nanoTime();
            target.runWorkflow(idPrefix + i);
            latencies[i] = System.nanoTime() - start;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread client : clients) {
      client.join();
    }
    long elapsed = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException(target.system() + " failed under load: " + failure.get().getMessage(), failure.get());
    }
    return new Timings(elapsed, latencies);
  }
}
