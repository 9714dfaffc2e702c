package dev.opsflow.shared.ingress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.Map;

/** What ingress answers: a status, a content type and a body (JSON for us, TwiML for Twilio). */
public record HttpAnswer(int status, String contentType, String body) {
  static final String JSON = "application/json";
  /** Twilio's empty TwiML: "received, nothing to say back". */
  static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

  public static HttpAnswer json(int status, Map<String, ?> fields) {
    ObjectNode body = Json.MAPPER.valueToTree(fields);
    return new HttpAnswer(status, JSON, Json.write(body));
  }

  /** {@code {"error": code, "message": reason}}. */
  public static HttpAnswer error(int status, String code, String message) {
    return json(status, Map.of("error", code, "message", message));
  }

  /** 202 with the record's id and execution name; {@code duplicate} says the message was already recorded. */
  public static HttpAnswer accepted(Recorded recorded) {
    return json(202, Map.of("status", "accepted", "id", recorded.id(), "execution_name", recorded.executionName(), "duplicate", recorded.duplicate()));
  }

  public static HttpAnswer twiml() {
    return new HttpAnswer(200, "text/xml", EMPTY_TWIML);
  }
}
