package dev.opsflow.local.events;

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
 * Background threads that drive an {@link EventBus} in real time: each fires due schedule slots and makes due
 * deliveries, and when nothing is due sleeps until the next slot or retry (at most a quarter second), or until
 * PutEvents signals new work.
 */
public final class BusWorkers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BusWorkers.class);
  private static final Duration MAX_IDLE = Duration.ofMillis(250);

  private final EventBus bus;
  private final Semaphore signal = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  public BusWorkers(EventBus bus, int count) {
    this.bus = bus;
    bus.onWork(signal::release);
    for (int i = 0; i < count; i++) {
      threads.add(Thread.ofPlatform().daemon().name("opsflow-bus-" + i).start(this::loop));
    }
  }

  private void loop() {
    while (running) {
      try {
        if (bus.runOnce()) {
          signal.release(); // there may be more: let another worker look too
          continue;
        }
        long waitMillis = MAX_IDLE.toMillis();
        Optional<Instant> due = bus.nextDue();
        if (due.isPresent()) {
          waitMillis = Math.max(1, Math.min(waitMillis, Duration.between(bus.clock().now(), due.get()).toMillis()));
        }
        signal.drainPermits();
        signal.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A database outage must not kill the worker: log, back off, try again.
        LOG.error("Event bus worker iteration failed; retrying", e);
        try {
          Thread.sleep(MAX_IDLE.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
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
