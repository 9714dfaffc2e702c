package dev.opsflow.local.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaInvocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lambda function served as AWS serves it behind a Function URL: each HTTP request becomes the Function URL
 * event ({@link FunctionUrlEvent}), the function's result becomes the response (a {@code statusCode}/{@code
 * headers}/{@code body}/{@code isBase64Encoded}/{@code cookies} object, or any other JSON as a 200 JSON body), and a
 * function error is a 502 as AWS answers it. Requests are served on virtual threads. {@code afterAccept} runs
 * after every 2xx answer (the node uses it to wake its queue workers).
 */
public final class FunctionUrlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FunctionUrlServer.class);

  private final String functionArn;
  private final LambdaFunction function;
  private final EngineClock clock;
  private final String accountId;
  private final Runnable afterAccept;
  private HttpServer server;
  private ExecutorService executor;

  public FunctionUrlServer(String functionArn, LambdaFunction function, EngineClock clock, String accountId, Runnable afterAccept) {
    this.functionArn = functionArn;
    this.function = function;
    this.clock = clock;
    this.accountId = accountId;
    this.afterAccept = afterAccept;
  }

  /** Listens on {@code port} (0: any free port) of {@code bindAddress}. */
  public synchronized FunctionUrlServer start(String bindAddress, int port) throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server = HttpServer.create(new InetSocketAddress(bindAddress, port), 1024);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
    return this;
  }

  public synchronized URI endpoint() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.close();
      server = null;
      executor = null;
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      JsonNode event = FunctionUrlEvent.of(exchange, body, accountId, clock.now());
      JsonNode result;
      try {
        result = function.invoke(event, new LambdaInvocation(functionArn, UUID.randomUUID().toString(), null));
      } catch (LambdaFunctionError e) {
        LOG.error("The function behind the URL failed: {} {}", e.errorType(), e.payloadText());
        send(exchange, 502, "application/json", "{\"Message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      int status = respond(exchange, result);
      if (status >= 200 && status < 300) {
        afterAccept.run();
      }
    }
  }

  private static int respond(HttpExchange exchange, JsonNode result) throws IOException {
    if (result == null || !result.isObject() || !result.has("statusCode")) {
      // A Function URL treats any other result as a 200 JSON body.
      send(exchange, 200, "application/json", (result == null ? "null" : result.toString()).getBytes(StandardCharsets.UTF_8));
      return 200;
    }
    int status = result.path("statusCode").asInt(200);
    result.path("headers").properties().forEach(h -> exchange.getResponseHeaders().set(h.getKey(), h.getValue().asText()));
    result.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
    String text = result.path("body").isNull() ? "" : result.path("body").asText("");
    byte[] bytes = result.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
    send(exchange, status, null, bytes);
    return status;
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
