package dev.opsflow.shared.integrations.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.integrations.ApiErrors;
import dev.opsflow.shared.integrations.HttpFailures;
import dev.opsflow.shared.integrations.IntegrationHttp;
import dev.opsflow.shared.integrations.PermanentIntegrationException;
import dev.opsflow.shared.integrations.TransientIntegrationException;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.HttpResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack's Web API as documented (https://docs.slack.dev/reference/methods): {@code users.lookupByEmail} and
 * {@code conversations.inviteShared} (a Slack Connect invitation to a channel). Slack answers HTTP 200 with
 * {@code {"ok": false, "error": "..."}} for most failures and HTTP 429 with Retry-After when rate limiting.
 * Auth: a bot token as bearer (secret {@code slack.bot_token}; scopes {@code users:read.email} and {@code
 * conversations.connect:write}).
 */
public final class SlackClient {
  public static final String INTEGRATION = "slack";
  /** Slack's own errors that a later call may not get. */
  private static final Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private final IntegrationHttp http;

  public SlackClient(IntegrationHttp http) {
    this.http = http;
  }

  /** {@code OPSFLOW_SLACK_API_URL} (default https://slack.com), secret {@code slack.bot_token}. */
  public static SlackClient fromEnvironment(Map<String, String> env) {
    return new SlackClient(IntegrationHttp.fromEnvironment(env, INTEGRATION, "bot_token", "OPSFLOW_SLACK_API_URL", "https://slack.com"));
  }

  /** The id of the user with this email as our workspace sees them, if any ({@code users_not_found}: none). */
  public Optional<String> lookupUserByEmail(String correlation, String email) {
    String query = "?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
    JsonNode body = call(http.get(correlation, "/api/users.lookupByEmail" + query), Set.of("users_not_found"));
    return Optional.ofNullable(ApiErrors.text(body, "/user/id"));
  }

  /**
   * Invites a user (by id when known, else by email) to the Slack Connect channel. Returns the invite id, or
   * empty when the user is already in the channel ({@code already_in_channel}: nothing to do).
   */
  public Optional<String> inviteShared(String correlation, String channel, String userId, String email) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("channel", channel);
    if (userId != null) {
      request.putArray("user_ids").add(userId);
    } else {
      request.putArray("emails").add(email);
    }
    request.put("external_limited", true);
    JsonNode body =
        call(http.post(correlation, "/api/conversations.inviteShared", "application/json; charset=utf-8", Json.write(request), Map.of()),
            Set.of("already_in_channel"));
    return Optional.ofNullable(ApiErrors.text(body, "/invite_id"));
  }

  /** The answer's body when {@code ok}, or when its error is one of {@code accepted}; otherwise the mapped failure. */
  private JsonNode call(HttpResult result, Set<String> accepted) {
    if (!result.isSuccess()) {
      throw HttpFailures.failure(INTEGRATION, result, null, http.clock());
    }
    JsonNode body = ApiErrors.json(result);
    if (body.path("ok").asBoolean(false)) {
      return body;
    }
    String error = String.valueOf(ApiErrors.text(body, "/error"));
    if (accepted.contains(error)) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (TRANSIENT_ERRORS.contains(error)) {
      throw new TransientIntegrationException(INTEGRATION, "slack failed for now: " + error);
    }
    throw new PermanentIntegrationException(INTEGRATION, "slack refused the request: " + error);
  }
}
