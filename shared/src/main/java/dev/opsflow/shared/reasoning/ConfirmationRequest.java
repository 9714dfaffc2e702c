package dev.opsflow.shared.reasoning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * The structured request a confirmation is drafted for: its id, the channel to answer on, its classification
 * and its fields (field name to value, as stored on the request record).
 */
public record ConfirmationRequest(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("channel") String channel,
    @JsonProperty("issue_type") String issueType,
    @JsonProperty("urgency") String urgency,
    @JsonProperty("fields") Map<String, String> fields) {

  public ConfirmationRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(channel, "channel");
    fields = Map.copyOf(fields);
  }

  /** A field's value or null. */
  public String field(String name) {
    return fields.get(name);
  }
}
