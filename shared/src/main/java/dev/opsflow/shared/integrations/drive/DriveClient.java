package dev.opsflow.shared.integrations.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.integrations.ApiErrors;
import dev.opsflow.shared.integrations.HttpFailures;
import dev.opsflow.shared.integrations.IntegrationHttp;
import dev.opsflow.shared.integrations.RateLimitedException;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.HttpResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google Drive API v3 as documented (https://developers.google.com/workspace/drive/api/reference/rest/v3/files):
 * {@code GET /drive/v3/files?q=...} to find a folder by one of its {@code appProperties}, and {@code POST
 * /drive/v3/files} with {@code mimeType: application/vnd.google-apps.folder} to create one. Drive has no
 * idempotency key, so the folder carries the caller's key in {@code appProperties} and is looked up first. Drive
 * reports rate limits as 429, or as 403 with reason {@code rateLimitExceeded}/{@code userRateLimitExceeded}.
 * Auth: an OAuth access token as bearer (secret {@code drive.access_token}).
 */
public final class DriveClient {
  public static final String INTEGRATION = "drive";
  public static final String FOLDER_MIME_TYPE = "application/vnd.google-apps.folder";
  private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");
  private static final String FIELDS = "id,name,webViewLink";

  private final IntegrationHttp http;

  public DriveClient(IntegrationHttp http) {
    this.http = http;
  }

  /** {@code OPSFLOW_DRIVE_API_URL} (default https://www.googleapis.com), secret {@code drive.access_token}. */
  public static DriveClient fromEnvironment(Map<String, String> env) {
    return new DriveClient(IntegrationHttp.fromEnvironment(env, INTEGRATION, "access_token", "OPSFLOW_DRIVE_API_URL", "https://www.googleapis.com"));
  }

  /** The folder (not trashed) whose appProperties hold {@code key=value}, if any. */
  public Optional<DriveFolder> findFolder(String correlation, String key, String value) {
    String q =
        "mimeType = '" + FOLDER_MIME_TYPE + "' and trashed = false"
            + " and appProperties has { key='" + quote(key) + "' and value='" + quote(value) + "' }";
    String query =
        "?q=" + enc(q) + "&spaces=drive&pageSize=1&supportsAllDrives=true&includeItemsFromAllDrives=true&fields=" + enc("files(" + FIELDS + ")");
    HttpResult result = checked(http.get(correlation, "/drive/v3/files" + query));
    JsonNode files = ApiErrors.json(result).path("files");
    return files.isArray() && !files.isEmpty() ? Optional.of(folder(files.get(0))) : Optional.empty();
  }

  /** Creates folder {@code name} in {@code parentId} with {@code appProperties}. */
  public DriveFolder createFolder(String correlation, String name, String parentId, Map<String, String> appProperties) {
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    file.put("name", name);
    file.put("mimeType", FOLDER_MIME_TYPE);
    if (parentId != null && !parentId.isBlank()) {
      file.putArray("parents").add(parentId);
    }
    ObjectNode properties = file.putObject("appProperties");
    appProperties.forEach(properties::put);
    HttpResult result =
        checked(
            http.post(
                correlation, "/drive/v3/files?supportsAllDrives=true&fields=" + enc(FIELDS), "application/json; charset=UTF-8", Json.write(file),
                Map.of()));
    return folder(ApiErrors.json(result));
  }

  private HttpResult checked(HttpResult result) {
    if (result.isSuccess()) {
      return result;
    }
    JsonNode body = ApiErrors.json(result);
    String reason = ApiErrors.text(body, "/error/errors/0/reason");
    if (result.status() == 403 && RATE_LIMIT_REASONS.contains(reason)) {
      throw new RateLimitedException(INTEGRATION, HttpFailures.retryAfterSeconds(result, http.clock()), "HTTP 403 " + reason);
    }
    throw HttpFailures.failure(INTEGRATION, result, reason, http.clock());
  }

  private static DriveFolder folder(JsonNode node) {
    return new DriveFolder(ApiErrors.required(INTEGRATION, node, "/id"), ApiErrors.text(node, "/name"), ApiErrors.text(node, "/webViewLink"));
  }

  private static String quote(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
