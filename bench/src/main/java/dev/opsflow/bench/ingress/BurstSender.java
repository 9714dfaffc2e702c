package dev.opsflow.bench.ingress;

import dev.opsflow.shared.ingress.webhook.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Sends a {@link BurstPlan} over loopback: {@code concurrency} threads take entity streams off a queue and send each
 * stream's webhooks one after another (waiting for each acknowledgement, as a sender keeping one record's order
 * does). Records every request's status and acknowledgement latency (request sent to response read).
 */
final class BurstSender {
  /** What came back: one latency (ns) and one status per request, and the wall time of the burst. */
  record Result(long[] latenciesNanos, int[] statuses, List<BurstPlan.Kind> kinds, List<String> bodies, long wallNanos) {}

  private final IngressBenchOptions options;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  BurstSender(IngressBenchOptions options) {
    this.options = options;
  }

  Result send(BurstPlan plan) throws InterruptedException {
    int total = plan.streams().stream().mapToInt(List::size).sum();
    long[] latencies = new long[total];
    int[] statuses = new int[total];
    BurstPlan.Kind[] kinds = new BurstPlan.Kind[total];
    String[] bodies = new String[total];
    ConcurrentLinkedQueue<Integer> streams = new ConcurrentLinkedQueue<>();
    int[] offsets = new int[plan.streams().size()];
    for (int s = 0, offset = 0; s < plan.streams().size(); offset += plan.streams().get(s).size(), s++) {
      offsets[s] = offset;
      streams.add(s);
    }
    AtomicLongArray errors = new AtomicLongArray(1);
    URI target = options.url().resolve("/webhooks/" + options.source());
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(options.concurrency())) {
      List<Future<?>> workers = new java.util.ArrayList<>();
      for (int w = 0; w < options.concurrency(); w++) {
        workers.add(pool.submit(() -> {
          for (Integer s; (s = streams.poll()) != null; ) {
            List<BurstPlan.Send> stream = plan.streams().get(s);
            for (int i = 0; i < stream.size(); i++) {
              int index = offsets[s] + i;
              BurstPlan.Send send = stream.get(i);
              kinds[index] = send.kind();
              long sent = System.nanoTime();
              try {
                HttpResponse<String> response = client.send(request(target, send), HttpResponse.BodyHandlers.ofString());
                statuses[index] = response.statusCode();
                bodies[index] = response.body();
              } catch (IOException e) {
                statuses[index] = -1;
                bodies[index] = e.toString();
                errors.incrementAndGet(0);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              latencies[index] = System.nanoTime() - sent;
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    }
    return new Result(latencies, statuses, List.of(kinds), java.util.Arrays.asList(bodies), System.nanoTime() - start);
  }

  private HttpRequest request(URI target, BurstPlan.Send send) {
    String body = "{\"entity\":\"" + send.entity() + "\",\"seq\":" + send.seq() + ",\"event\":\"" + send.eventId() + "\",\"type\":\"record.updated\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    String signature = send.kind() == BurstPlan.Kind.BAD_SIGNATURE
        ? WebhookSignature.sign("not-" + options.secret(), now, bytes)
        : WebhookSignature.sign(options.secret(), now, bytes);
    return HttpRequest.newBuilder(target)
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
        .header(WebhookSignature.SIGNATURE_HEADER, signature)
        .header("X-Opsflow-Event-Id", send.eventId())
        .header("X-Opsflow-Entity-Key", send.entity())
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
        .build();
  }
}
