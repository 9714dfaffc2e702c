package dev.opsflow.shared.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A consumer behind an EventBridge {@code PutEvents} endpoint (AWS JSON 1.1, as the SDK's EventBridgeClient speaks
 * it): it accepts each entry, and processes an event once per {@code detail.event_id}, dropping redeliveries as a
 * real consumer must. It can refuse chosen entries, and it can hold its answers ({@link #holdAnswers}) so a test
 * can kill the publisher while it waits for one.
 */
final class PutEventsReceiver implements AutoCloseable {
  private final HttpServer server;
  private final Set<String> processed = ConcurrentHashMap.newKeySet();
  private final List<JsonNode> entries = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger duplicates = new AtomicInteger();
  private final Semaphore requestsWaiting = new Semaphore(0);
  private volatile Predicate<JsonNode> refuse = entry -> false;
  private volatile Duration hold = Duration.ZERO;

  PutEventsReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Entries matching {@code predicate} are answered with an error code (the rest are accepted). */
  void refuse(Predicate<JsonNode> predicate) {
    this.refuse = predicate;
  }

  /** Each request is processed at once but answered only after {@code duration}. */
  void holdAnswers(Duration duration) {
    this.hold = duration;
  }

  /** Waits until a request arrives (processed, its answer held); false on timeout. */
  boolean awaitRequest(Duration timeout) throws InterruptedException {
    requestsWaiting.drainPermits();
    return requestsWaiting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Distinct event ids processed. */
  Set<String> processed() {
    return Set.copyOf(processed);
  }

  /** Every entry received, redeliveries included. */
  List<JsonNode> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  int duplicatesDropped() {
    return duplicates.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      JsonNode request = Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      if (!"AWSEvents.PutEvents".equals(target)) {
        answer(exchange, 400, "{\"__type\":\"UnknownOperationException\"}");
        return;
      }
      ObjectNode response = JsonNodeFactory.instance.objectNode();
      ArrayNode results = response.putArray("Entries");
      int failed = 0;
      for (JsonNode entry : request.path("Entries")) {
        entries.add(entry);
        if (refuse.test(entry)) {
          failed++;
          results.addObject().put("ErrorCode", "InternalFailure").put("ErrorMessage", "refused by the test");
          continue;
        }
        String eventId = Json.parse(entry.path("Detail").asText()).path("event_id").asText();
        if (!processed.add(eventId)) {
          duplicates.incrementAndGet();
        }
        results.addObject().put("EventId", UUID.randomUUID().toString());
      }
      response.put("FailedEntryCount", failed);
      requestsWaiting.release();
      Duration wait = hold;
      if (!wait.isZero()) {
        Thread.sleep(wait.toMillis());
      }
      answer(exchange, 200, Json.write(response));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The publisher was killed while its answer was held: nobody is left to answer.
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
