package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit-first HTTP: every request to a third party is committed to the {@link Ledger} before it is sent, and its
 * response (status, headers, body, duration), or the reason none came, is appended after. If the request entry
 * cannot be committed the request is not sent ({@link LedgerWriteException}). Headers, bodies and URLs pass
 * through the {@link Redactor} on the way in, so no secret reaches the ledger.
 */
public final class LedgeredHttp {
  private static final Logger LOG = LoggerFactory.getLogger(LedgeredHttp.class);

  private final HttpClient client;
  private final Ledger ledger;
  private final Redactor redactor;
  private final Clock clock;

  public LedgeredHttp(HttpClient client, Ledger ledger, Redactor redactor, Clock clock) {
    this.client = client;
    this.ledger = ledger;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** An HTTP/1.1 client with a connect timeout, for the clients of third-party APIs. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  public Redactor redactor() {
    return redactor;
  }

  /**
   * Records, sends and records the answer. {@code correlation} is what the call is made for (the execution id),
   * {@code integration} whom it is made to ({@code stripe}). Throws IOException when no answer came (refused,
   * timed out): that is recorded too.
   */
  public HttpResult send(String correlation, String integration, OutboundRequest request) throws IOException {
    String url = redactor.text(request.uri().toString());
    String contentType = request.header("Content-Type");
    LedgerRecord sent =
        new LedgerRecord(
            UUID.randomUUID(), correlation, integration, LedgerKind.REQUEST, null, request.method(), url,
            redactor.headers(asLists(request.headers())), LedgerBodies.of(contentType, request.body(), redactor), null, null,
            clock.instant());
    ledger.append(sent);
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = client.send(httpRequest(request), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      appendNoAnswer(sent, e, elapsed(started));
      throw e instanceof IOException io ? io : new InterruptedIOException("interrupted while waiting for " + integration);
    }
    Duration duration = elapsed(started);
    Map<String, List<String>> headers = response.headers().map();
    ledger.append(
        new LedgerRecord(
            UUID.randomUUID(), correlation, integration, LedgerKind.RESPONSE, sent.entryId(), request.method(), url,
            redactor.headers(headers), LedgerBodies.of(response.headers().firstValue("Content-Type").orElse(null), response.body(), redactor),
            response.statusCode(), duration.toMillis(), clock.instant()));
    return new HttpResult(response.statusCode(), headers, response.body(), duration);
  }

  private void appendNoAnswer(LedgerRecord sent, Exception failure, Duration duration) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("error", failure.getClass().getSimpleName());
    body.put("message", redactor.text(String.valueOf(failure.getMessage())));
    try {
      ledger.append(
          new LedgerRecord(
              UUID.randomUUID(), sent.correlation(), sent.integration(), LedgerKind.RESPONSE, sent.entryId(), sent.method(), sent.url(),
              JsonNodeFactory.instance.objectNode(), body, null, duration.toMillis(), clock.instant()));
    } catch (LedgerWriteException e) {
      // The call already failed; that failure is what the caller must see. The request entry stands recorded.
      LOG.warn("Could not record that {} {} got no answer: {}", sent.integration(), sent.method(), e.getMessage());
      failure.addSuppressed(e);
    }
  }

  private static HttpRequest httpRequest(OutboundRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(
                request.method(),
                request.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body()));
    request.headers().forEach(builder::header);
    return builder.build();
  }

  private static Map<String, List<String>> asLists(Map<String, String> headers) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    headers.forEach((name, value) -> lists.put(name, List.of(value)));
    return lists;
  }

  private static Duration elapsed(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
