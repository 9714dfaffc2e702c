package dev.opsflow.shared.ingress.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.ingress.HttpInbound;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.IngressException;
import dev.opsflow.shared.ingress.IntakeRequests;
import dev.opsflow.shared.ingress.twilio.FormBody;
import dev.opsflow.shared.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /forms/intake}: the public web form's submission, as a form post or a JSON object with the
 * contract's field names plus {@code submission_id}. Unsigned (the public posts it), so it is validated field by
 * field ({@link IntakeForm}); problems are a 400 listing them all. The message id is the submission id.
 */
public final class WebFormReceiver {
  private final IntakeForm form;
  private final Clock clock;

  public WebFormReceiver(IntakeForm form, Clock clock) {
    this.form = form;
    this.clock = clock;
  }

  public InboundMessage receive(HttpInbound request) {
    IntakeForm.Checked checked = form.check(fields(request));
    if (!checked.problems().isEmpty()) {
      throw IngressException.malformed(String.join("; ", checked.problems()));
    }
    Instant now = clock.instant();
    String sourceId = checked.submissionId();
    Map<String, String> f = checked.fields();
    ObjectNode intake = IntakeRequests.request(
        ExecutionNames.of(Channel.WEB, sourceId), Channel.WEB, sourceId, new IntakeRequests.From(f.get("phone"), f.get("email"), f.get("customer_name")),
        "Web form: " + f.getOrDefault("issue_type", "service request"), IntakeRequests.labelledText(f), now, List.of());
    String body = Json.write(intake);
    Map<String, String> headers = new HashMap<>();
    request.header("user-agent").ifPresent(v -> headers.put("user-agent", v));
    request.header("x-forwarded-for").ifPresent(v -> headers.put("x-forwarded-for", v));
    return new InboundMessage(Channel.WEB, "web-form", sourceId, InboundKind.INTAKE, null, now, headers, body, null, body.length(), null);
  }

  private static Map<String, String> fields(HttpInbound request) {
    try {
      return switch (request.mediaType()) {
        case "application/json" -> {
          JsonNode body = Json.parse(request.bodyText());
          if (!body.isObject()) {
            throw IngressException.malformed("The body must be a JSON object");
          }
          Map<String, String> fields = new HashMap<>();
          body.properties().forEach(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
              fields.put(e.getKey(), e.getValue().asText());
            }
          });
          yield fields;
        }
        case "application/x-www-form-urlencoded" -> FormBody.parse(request.bodyText()).firstValues();
        default -> throw new IngressException(415, "unsupported_media_type", "Post the form as application/x-www-form-urlencoded or application/json");
      };
    } catch (IllegalArgumentException e) {
      throw IngressException.malformed(e.getMessage());
    }
  }
}
