package dev.opsflow.local.api;

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
 * The Step Functions API over HTTP, in AWS's JSON 1.0 protocol: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Operation>} and a JSON body, answered with JSON, or with HTTP 400 and
 * {@code {"__type","message"}} for an error, so that the AWS SDKs (endpoint override) and the AWS CLI
 * ({@code --endpoint-url}) work against the local engine. Each request runs on its own virtual thread (a
 * StartSyncExecution may wait minutes). This class only translates: all behaviour is in {@link StepFunctionsService}.
 */
public final class StepFunctionsHttpApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsHttpApi.class);
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final ApiOperations operations;
  private HttpServer server;
  private ExecutorService executor;

  public StepFunctionsHttpApi(StepFunctionsService service) {
    this.operations = new ApiOperations(service);
  }

  /**
   * Listens on {@code port} (0 for any free port) of the loopback interface only: the API has no authentication,
   * so it is not exposed to the network unless asked ({@link #start(String, int)}).
   */
  public synchronized StepFunctionsHttpApi start(int port) throws IOException {
    return start(java.net.InetAddress.getLoopbackAddress().getHostAddress(), port);
  }

  /** Listens on {@code port} of the interface with address {@code bindAddress} ({@code 0.0.0.0} for all). */
  public synchronized StepFunctionsHttpApi start(String bindAddress, int port) throws IOException {
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

  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** The endpoint to give the SDK ({@code endpointOverride}) or the CLI ({@code --endpoint-url}). */
  public URI endpoint() {
    return URI.create("http://localhost:" + port());
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.close();
      server = null;
      executor = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = new Answer(200, ApiJson.MAPPER.writeValueAsBytes(dispatch(exchange)), null);
      } catch (SfnApiException e) {
        answer = error(e.status(), e.type(), e.getMessage());
      } catch (RuntimeException e) {
        // Anything else is a bug here or in the engine: the caller gets AWS's InternalFailure, the log the details.
        LOG.error("Internal error serving {}", exchange.getRequestHeaders().getFirst("X-Amz-Target"), e);
        answer = error(500, "InternalFailure", "Internal error in the local Step Functions API");
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

  private record Answer(int status, byte[] body, String errorType) {}

  private Object dispatch(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      throw new SfnApiException("UnknownOperationException", "Only POST is supported", 405);
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    ApiOperations.Operation<?> operation =
        operations.find(target).orElseThrow(() -> new SfnApiException("UnknownOperationException", "Unknown operation " + target));
    Object request;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      JsonNode tree = body.length == 0 ? ApiJson.MAPPER.createObjectNode() : ApiJson.MAPPER.readTree(body);
      if (!tree.isObject()) {
        throw new SfnApiException("SerializationException", "The request body must be a JSON object");
      }
      request = ApiJson.MAPPER.treeToValue(tree, operation.requestType());
    } catch (JsonProcessingException e) {
      throw new SfnApiException("SerializationException", "Cannot parse the request: " + e.getOriginalMessage());
    }
    return operation.invoke(request);
  }

  private static Answer error(int status, String type, String message) throws JsonProcessingException {
    ObjectNode body = ApiJson.MAPPER.createObjectNode();
    body.put("__type", type);
    body.put("message", message);
    return new Answer(status, ApiJson.MAPPER.writeValueAsBytes(body), type);
  }
}
