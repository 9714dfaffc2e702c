package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The node's operations port: {@code GET /metrics} (Prometheus text format) and {@code GET /health} (JSON; HTTP
 * 200 when ok or degraded, 503 when down, so a load balancer or systemd watchdog script can act on it).
 */
public final class TelemetryServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  private TelemetryServer(HttpServer server) {
    this.server = server;
  }

  /** Listens on {@code port} (0: any free port) of {@code bindAddress}. */
  public static TelemetryServer start(String bindAddress, int port, Supplier<String> metrics, NodeHealth health) throws IOException {
    TelemetryServer started = new TelemetryServer(HttpServer.create(new InetSocketAddress(bindAddress, port), 0));
    started.server.setExecutor(started.executor);
    started.server.createContext("/metrics", exchange -> answer(exchange, 200, PrometheusText.CONTENT_TYPE, metrics.get()));
    started.server.createContext("/health", exchange -> {
      ObjectNode report = health.check();
      int status = report.path("status").asText().equals("down") ? 503 : 200;
      answer(exchange, status, "application/json", Json.write(report));
    });
    started.server.start();
    return started;
  }

  public URI endpoint() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
