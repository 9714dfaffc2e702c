package dev.opsflow.local.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** The response of Lambda's Invoke API as Step Functions' {@code lambda:invoke} returns it. */
final class LambdaResponses {
  private LambdaResponses() {}

  static ObjectNode wrap(JsonNode output, String responseText, String requestId) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode headers = f.objectNode();
    headers.put("Connection", "keep-alive");
    headers.put("Content-Length", Integer.toString(responseText.getBytes(StandardCharsets.UTF_8).length));
    headers.put("Content-Type", "application/json");
    headers.put("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
    headers.put("X-Amz-Executed-Version", "$LATEST");
    headers.put("x-amzn-Remapped-Content-Length", "0");
    headers.put("x-amzn-RequestId", requestId);
    headers.put("X-Amzn-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + requestId.replace("-", "").substring(0, 24));
    ObjectNode allHeaders = f.objectNode();
    headers.properties().forEach(e -> allHeaders.set(e.getKey(), f.arrayNode().add(e.getValue())));
    ObjectNode http = f.objectNode();
    http.set("AllHttpHeaders", allHeaders);
    http.set("HttpHeaders", headers);
    http.put("HttpStatusCode", 200);
    ObjectNode wrapped = f.objectNode();
    wrapped.put("ExecutedVersion", "$LATEST");
    wrapped.set("Payload", output);
    wrapped.set("SdkHttpMetadata", http);
    wrapped.set("SdkResponseMetadata", f.objectNode().put("RequestId", requestId));
    wrapped.put("StatusCode", 200);
    return wrapped;
  }
}
