package dev.opsflow.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample inbound requests of {@code intake-samples.json} (one per channel, an incomplete one, an urgent one,
 * an emergency, one that is no service request), as intake executions: the input ingress would send and the
 * execution name it would use ({@code <channel>-<sanitised source_id>}).
 */
public final class IntakeSamples {
  private static final String RESOURCE = "/dev/opsflow/local/demo/intake-samples.json";

  /** One sample: what it shows, the execution name and the execution input. */
  public record Sample(String label, String executionName, ObjectNode input) {
    /** The request id inside the input. */
    public String requestId() {
      return input.path("request").path("id").asText();
    }

    /** The same message as a new delivery: {@code -suffix} on its request id, source id and execution name. */
    public Sample renamed(String suffix) {
      ObjectNode copy = input.deepCopy();
      ObjectNode request = (ObjectNode) copy.path("request");
      request.put("id", request.path("id").asText() + "-" + suffix);
      request.put("source_id", request.path("source_id").asText() + "-" + suffix);
      return new Sample(label, IntakeSamples.executionName(request), copy);
    }
  }

  private IntakeSamples() {}

  /** Every sample, stamped as received at {@code receivedAt}. */
  public static List<Sample> all(Instant receivedAt) {
    List<Sample> samples = new ArrayList<>();
    for (JsonNode sample : read().path("samples")) {
      ObjectNode request = (ObjectNode) sample.path("request").deepCopy();
      request.put("received_at", receivedAt.toString());
      ObjectNode input = Json.MAPPER.createObjectNode();
      input.set("request", request);
      samples.add(new Sample(sample.path("label").asText(), executionName(request), input));
    }
    return List.copyOf(samples);
  }

  /** The sample whose request id is {@code requestId}. */
  public static Sample byRequestId(String requestId, Instant receivedAt) {
    return all(receivedAt).stream().filter(s -> s.requestId().equals(requestId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample " + requestId));
  }

  /** {@code <channel>-<source_id>} with every character an execution name may not hold replaced by '-'. */
  static String executionName(JsonNode request) {
    String name = request.path("channel").asText() + "-" + request.path("source_id").asText();
    return name.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static JsonNode read() {
    try (InputStream in = IntakeSamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
