package dev.opsflow.local.durability;

import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.TaskTokenException;
import dev.opsflow.shared.json.Json;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Answers (SendTaskSuccess) every task token that {@code store-token} left in {@code callback_tokens}, from the
 * test process through its own engine on the shared database, with {@code {"approved": true, "n": n}}. A
 * token its task no longer awaits is counted as rejected and not retried.
 */
final class TokenAnswerer implements AutoCloseable {
  private record Callback(String token, int n) {}

  private final LocalEngine engine;
  private final DataSource dataSource;
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean running = true;

  TokenAnswerer(LocalEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.thread = Thread.ofPlatform().daemon().name("token-answerer").unstarted(this::loop);
    thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
    thread.start();
  }

  private void loop() {
    while (running) {
      var callbacks =
          Sql.rows(
              dataSource, "SELECT token, n FROM callback_tokens WHERE NOT answered ORDER BY token LIMIT 100",
              row -> new Callback(row.getString("token"), row.getInt("n")));
      for (Callback callback : callbacks) {
        answer(callback);
      }
      if (callbacks.isEmpty()) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private void answer(Callback callback) {
    try {
      var output = Json.MAPPER.createObjectNode().put("approved", true).put("n", callback.n());
      engine.answerToken(callback.token(), Json.MAPPER.createObjectNode().set("output", output));
      answered.incrementAndGet();
    } catch (TaskTokenException e) {
      rejected.incrementAndGet();
    }
    Sql.update(dataSource, "UPDATE callback_tokens SET answered = true WHERE token = ?", callback.token());
  }

  int answered() {
    return answered.get();
  }

  int rejected() {
    return rejected.get();
  }

  /** What ended the answering thread early, or null. */
  Throwable failure() {
    return failure.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
