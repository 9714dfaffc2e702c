package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code functions/manifest.json} with the fields tofu reads: the base ones ({@code name, handler,
 * memoryMb, timeoutSeconds}) and the deployment extension ({@code secrets, access, vpc, url}).
 */
public record ManifestFunction(
    String name, String handler, int memoryMb, int timeoutSeconds, List<String> secrets, List<String> access, boolean vpc, boolean url) {

  /** The ASL placeholder of this function's ARN: {@code extract_fields_function_arn}. */
  public String placeholder() {
    return name.replace('-', '_') + "_function_arn";
  }

  static ManifestFunction from(JsonNode f) {
    return new ManifestFunction(
        f.path("name").asText(""),
        f.path("handler").asText(""),
        f.path("memoryMb").asInt(512),
        f.path("timeoutSeconds").asInt(30),
        strings(f.path("secrets")),
        strings(f.path("access")),
        f.path("vpc").asBoolean(true),
        f.path("url").asBoolean(false));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }
}
