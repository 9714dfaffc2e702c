package dev.opsflow.shared.integrations.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.integrations.ApiErrors;
import dev.opsflow.shared.integrations.HttpFailures;
import dev.opsflow.shared.integrations.IntegrationHttp;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.HttpResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Asana's Projects API as documented (https://developers.asana.com/reference/projects): {@code GET
 * /api/1.0/projects?workspace=...} (paged by {@code offset}) and {@code POST /api/1.0/projects} with a {@code
 * {"data": {...}}} envelope. Asana has no idempotency key, so callers look a project up by name before creating
 * it. Auth: a personal access or service-account token as bearer (secret {@code asana.access_token}).
 */
public final class AsanaClient {
  public static final String INTEGRATION = "asana";
  private static final int PAGE_SIZE = 100;
  private static final int MAX_PAGES = 50;

  private final IntegrationHttp http;

  public AsanaClient(IntegrationHttp http) {
    this.http = http;
  }

  /** {@code OPSFLOW_ASANA_API_URL} (default https://app.asana.com), secret {@code asana.access_token}. */
  public static AsanaClient fromEnvironment(Map<String, String> env) {
    return new AsanaClient(IntegrationHttp.fromEnvironment(env, INTEGRATION, "access_token", "OPSFLOW_ASANA_API_URL", "https://app.asana.com"));
  }

  /** The unarchived project of {@code workspace} called exactly {@code name}, if any (all pages are read). */
  public Optional<AsanaProject> findByName(String correlation, String workspace, String name) {
    String offset = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String query =
          "/api/1.0/projects?workspace=" + enc(workspace) + "&archived=false&limit=" + PAGE_SIZE + "&opt_fields=name,permalink_url"
              + (offset == null ? "" : "&offset=" + enc(offset));
      JsonNode body = ApiErrors.json(checked(http.get(correlation, query)));
      for (JsonNode project : body.path("data")) {
        if (name.equals(project.path("name").asText())) {
          return Optional.of(project(project));
        }
      }
      offset = ApiErrors.text(body, "/next_page/offset");
      if (offset == null) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Creates a project in {@code workspace}, shared with {@code team} (required when the workspace is an organization). */
  public AsanaProject create(String correlation, String workspace, String team, String name, String notes) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("name", name);
    data.put("workspace", workspace);
    if (team != null && !team.isBlank()) {
      data.put("team", team);
    }
    data.put("notes", notes);
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.set("data", data);
    HttpResult result =
        checked(http.post(correlation, "/api/1.0/projects?opt_fields=name,permalink_url", "application/json", Json.write(envelope), Map.of()));
    return project(ApiErrors.json(result).path("data"));
  }

  private HttpResult checked(HttpResult result) {
    if (result.isSuccess()) {
      return result;
    }
    // Asana's errors are {"errors": [{"message": ...}]}: messages may quote input, so only the status is kept.
    throw HttpFailures.failure(INTEGRATION, result, null, http.clock());
  }

  private static AsanaProject project(JsonNode node) {
    return new AsanaProject(ApiErrors.required(INTEGRATION, node, "/gid"), ApiErrors.text(node, "/name"), ApiErrors.text(node, "/permalink_url"));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
