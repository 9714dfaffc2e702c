package dev.opsflow.local.ingress;

import dev.opsflow.shared.ingress.InboundPublisher;
import dev.opsflow.shared.ingress.InboundQueue;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's ingress processors: threads that drain {@link InboundQueue} (up to 10 messages per PutEvents) and,
 * when it is empty, sleep until {@link #wake()} (a message was just accepted) or the poll interval passes (a
 * retry fell due, or another process recorded something). Several nodes may share one database: the queue's
 * SKIP LOCKED claim keeps them apart.
 */
public final class InboundWorkers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboundWorkers.class);
  private static final long POLL_MILLIS = 250;
  private static final long ERROR_PAUSE_MILLIS = 1000;

  private final InboundQueue queue;
  private final List<Thread> threads = new ArrayList<>();
  private final Object signal = new Object();
  private volatile boolean running = true;
  private long wakeups;

  public InboundWorkers(InboundQueue queue, int count) {
    this.queue = queue;
    for (int i = 0; i < count; i++) {
      Thread thread = Thread.ofPlatform().name("opsflow-inbound-" + i).daemon().start(this::run);
      threads.add(thread);
    }
  }

  /** Something new may be due: idle workers look now instead of at their next poll. */
  public void wake() {
    synchronized (signal) {
      wakeups++;
      signal.notifyAll();
    }
  }

  private void run() {
    while (running) {
      long seen;
      synchronized (signal) {
        seen = wakeups;
      }
      int processed;
      try {
        processed = queue.processBatch(InboundPublisher.MAX_BATCH);
      } catch (RuntimeException e) {
        // A database or bus outage must not end the worker: the claimed rows rolled back, so pause and try again.
        LOG.warn("Processing inbound messages failed; retrying in {} ms: {}", ERROR_PAUSE_MILLIS, e.toString());
        pause(ERROR_PAUSE_MILLIS, Long.MIN_VALUE);
        continue;
      }
      if (processed == 0) {
        pause(POLL_MILLIS, seen);
      }
    }
  }

  private void pause(long millis, long seen) {
    synchronized (signal) {
      if (running && wakeups == seen) {
        try {
          signal.wait(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    wake();
    for (Thread thread : threads) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
