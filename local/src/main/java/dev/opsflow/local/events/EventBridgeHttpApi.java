package dev.opsflow.local.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EventBridge API over HTTP, in AWS's JSON 1.1 protocol: {@code POST /} with {@code X-Amz-Target:
 * AWSEvents.<Operation>} and a JSON body, answered with JSON, or with HTTP 400 and {@code {"__type","message"}},
 * so that the AWS SDK's {@code EventBridgeClient} (endpoint override) and the AWS CLI ({@code --endpoint-url})
 * work against the local bus. The API has no authentication: bind it to loopback unless told otherwise.
 */
public final class EventBridgeHttpApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventBridgeHttpApi.class);
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final EventsOperations operations;
  private HttpServer server;
  private ExecutorService executor;

  public EventBridgeHttpApi(EventBus bus) {
    this.operations = new EventsOperations(bus);
  }

  /** Listens on {@code port} (0: any free port) of the interface with address {@code bindAddress}. */
  public synchronized EventBridgeHttpApi start(String bindAddress, int port) throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /** The endpoint to give the SDK ({@code endpointOverride}) or the CLI ({@code --endpoint-url}). */
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

  private record Answer(int status, byte[] body, String errorType) {}

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = new Answer(200, EventsJson.MAPPER.writeValueAsBytes(dispatch(exchange)), null);
      } catch (EventsApiException e) {
        answer = error(400, e.type(), e.getMessage());
      } catch (IllegalArgumentException e) {
        answer = error(400, "ValidationException", e.getMessage());
      } catch (RuntimeException e) {
        // Anything else is a bug or an outage: the caller gets AWS's retryable InternalException, the log the details.
        LOG.error("Internal error serving {}", exchange.getRequestHeaders().getFirst("X-Amz-Target"), e);
        answer = error(500, "InternalException", "Internal error in the local EventBridge API");
      }
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
      if (answer.errorType() != null) {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", answer.errorType());
      }
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  private Object dispatch(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      throw new EventsApiException("UnknownOperationException", "Only POST is supported");
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    EventsOperations.Operation<?> operation =
        operations.find(target).orElseThrow(() -> new EventsApiException("UnknownOperationException", "Unknown operation " + target));
    Object request;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      JsonNode tree = body.length == 0 ? EventsJson.MAPPER.createObjectNode() : EventsJson.MAPPER.readTree(body);
      if (!tree.isObject()) {
        throw new EventsApiException("SerializationException", "The request body must be a JSON object");
      }
      request = EventsJson.MAPPER.treeToValue(tree, operation.requestType());
    } catch (JsonProcessingException e) {
      throw new EventsApiException("SerializationException", "Cannot parse the request: " + e.getOriginalMessage());
    }
    return operation.invoke(request);
  }

  private static Answer error(int status, String type, String message) throws JsonProcessingException {
    ObjectNode body = EventsJson.MAPPER.createObjectNode();
    body.put("__type", type);
    body.put("message", message);
    return new Answer(status, EventsJson.MAPPER.writeValueAsBytes(body), type);
  }
}
