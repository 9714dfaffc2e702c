package dev.opsflow.local.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that drive a {@link LocalEngine} in real time: each claims due work, and when there is none
 * sleeps until the next timer is due or new work is signalled. Several processes may run workers on one
 * database; claims and optimistic commits keep them from stepping on each other.
 */
public final class EngineWorkers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EngineWorkers.class);
  private static final Duration MAX_IDLE = Duration.ofMillis(250);

  private final LocalEngine engine;
  private final Semaphore signal = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  public EngineWorkers(LocalEngine engine, int count) {
    this.engine = engine;
    engine.onWork(this::wake);
    for (int i = 0; i < count; i++) {
      Thread thread = Thread.ofPlatform().daemon().name("opsflow-worker-" + i).start(this::loop);
      threads.add(thread);
    }
  }

  /** Tells one idle worker that work may be due now (waking all would send the rest to claim nothing). */
  public void wake() {
    signal.release();
  }

  private void loop() {
    while (running) {
      try {
        if (engine.runOnce()) {
          signal.release(); // there may be more: let another worker look while this one goes on
          continue;
        }
        long waitMillis = MAX_IDLE.toMillis();
        Optional<Instant> due = engine.executions().nextDue();
        if (due.isPresent()) {
          waitMillis = Math.max(1, Math.min(waitMillis, Duration.between(engine.clock().now(), due.get()).toMillis()));
        }
        signal.drainPermits();
        signal.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A store outage must not kill the worker: log, back off, try again.
        LOG.error("Worker iteration failed; retrying", e);
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(MAX_IDLE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
