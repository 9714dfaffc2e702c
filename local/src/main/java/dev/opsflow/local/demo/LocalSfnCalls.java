package dev.opsflow.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON 1.0 calls to a Step Functions endpoint ({@code X-Amz-Target: AWSStepFunctions.<Operation>}), the wire
 * protocol the AWS SDK speaks, for the few calls the demo makes; an error answer throws naming its type.
 */
final class LocalSfnCalls {
  private final URI endpoint;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  LocalSfnCalls(URI endpoint) {
    this.endpoint = endpoint;
  }

  JsonNode call(String target, JsonNode body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", target)
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode answer = Json.parse(response.body());
    if (response.statusCode() != 200) {
      throw new IOException(target + " failed: " + answer.path("__type").asText() + " " + answer.path("message").asText());
    }
    return answer;
  }
}
