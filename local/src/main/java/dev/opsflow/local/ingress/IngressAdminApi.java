package dev.opsflow.local.ingress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.InboundFilter;
import dev.opsflow.shared.ingress.InboundRecord;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operators' view of ingress (used by {@code opsflow ingress}): {@code GET /inbound?status=&channel=&limit=&before=}
 * lists recorded messages newest first, {@code GET /inbound/{id}} shows one with its body, {@code POST
 * /inbound/{id}/replay} puts a failed one back in the queue. No authentication: it listens on its own port
 * ({@code OPSFLOW_INGRESS_ADMIN_PORT}, default 8085) of the node's bind address, never on the public ingress port.
 */
public final class IngressAdminApi implements AutoCloseable {
  private static final Pattern ONE = Pattern.compile("/inbound/(\\d+)");
  private static final Pattern REPLAY = Pattern.compile("/inbound/(\\d+)/replay");

  private final InboundStore store;
  private HttpServer server;
  private ExecutorService executor;

  public IngressAdminApi(InboundStore store) {
    this.store = store;
  }

  public synchronized IngressAdminApi start(String bindAddress, int port) throws IOException {
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
    return this;
  }

  public synchronized URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.close();
      server = null;
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Matcher one = ONE.matcher(path);
      Matcher replay = REPLAY.matcher(path);
      try {
        if (method.equals("GET") && path.equals("/inbound")) {
          send(exchange, 200, list(query(exchange)));
        } else if (method.equals("GET") && one.matches()) {
          long id = Long.parseLong(one.group(1));
          var found = store.find(id);
          if (found.isPresent()) {
            send(exchange, 200, view(found.get(), true));
          } else {
            send(exchange, 404, error("No inbound message " + id));
          }
        } else if (method.equals("POST") && replay.matches()) {
          long id = Long.parseLong(replay.group(1));
          ObjectNode answer = Json.MAPPER.createObjectNode().put("id", id).put("replayed", store.replay(id));
          send(exchange, 200, answer);
        } else {
          send(exchange, 404, error("No such operation: " + method + " " + path));
        }
      } catch (IllegalArgumentException e) {
        send(exchange, 400, error(e.getMessage()));
      }
    }
  }

  private ObjectNode list(Map<String, String> query) {
    InboundFilter filter = new InboundFilter(
        query.containsKey("status") ? InboundStatus.of(query.get("status")) : null,
        query.containsKey("channel") ? Channel.of(query.get("channel")) : null,
        Integer.parseInt(query.getOrDefault("limit", "50")),
        query.containsKey("before") ? Long.valueOf(query.get("before")) : null);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    ArrayNode items = answer.putArray("messages");
    store.list(filter).forEach(r -> items.add(view(r, false)));
    return answer;
  }

  static ObjectNode view(InboundRecord r, boolean withBody) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", r.id());
    node.put("channel", r.channel().wire());
    node.put("source", r.source());
    node.put("source_id", r.sourceId());
    node.put("kind", r.kind().wire());
    node.put("execution_name", r.executionName());
    node.put("entity_key", r.entityKey());
    node.put("received_at", r.receivedAt().toString());
    node.put("status", r.status().wire());
    node.put("attempts", r.attempts());
    node.put("error", r.error());
    node.put("event_id", r.eventId());
    node.put("body_ref", r.bodyRef());
    node.put("body_size", r.bodySize());
    if (withBody) {
      node.set("headers", Json.MAPPER.valueToTree(r.headers()));
      node.put("body", r.body());
    }
    return node;
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && eq < pair.length() - 1) {
          query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  private static ObjectNode error(String message) {
    return Json.MAPPER.createObjectNode().put("error", message);
  }

  private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
