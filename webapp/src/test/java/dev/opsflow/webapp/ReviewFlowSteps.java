package dev.opsflow.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.AiCall;
import dev.opsflow.shared.intake.store.AiCallLog;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.NewReviewTask;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.RequestStore;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.json.Json;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The four in-process steps of {@code review-flow.asl.json}, written on the same stores as the intake workflow's
 * real steps: record the request (fields read from the labelled lines the web form writes), open a review task
 * with the token, apply the staff answer as a revision by that staff member, capture the confirmation in the
 * notifications outbox.
 */
final class ReviewFlowSteps {
  private static final Pattern LINE = Pattern.compile("^(Name|Phone|Email|Address|Issue type|Urgency|Preferred time): (.+)$", Pattern.MULTILINE);

  private ReviewFlowSteps() {}

  static void register(LambdaRegistry lambdas, DataSource dataSource) {
    RequestStore requests = new RequestStore(dataSource);
    ReviewTaskStore tasks = new ReviewTaskStore(dataSource);
    AuditLog audit = new AuditLog(dataSource);
    AiCallLog aiCalls = new AiCallLog(dataSource);
    lambdas.register("record-request", (payload, invocation) -> record(requests, aiCalls, payload));
    lambdas.register("open-review-task", (payload, invocation) -> {
      String requestId = payload.path("request_id").asText();
      List<String> missing = new ArrayList<>();
      payload.path("missing").forEach(m -> missing.add(m.asText()));
      tasks.open(new NewReviewTask(requestId, ReviewTaskKind.REVIEW, payload.path("task_token").asText(), missing, null,
          payload.path("execution").asText() + "#OpenReviewTask"));
      requests.setStatus(requestId, RequestStatus.NEEDS_REVIEW);
      return Json.MAPPER.createObjectNode();
    });
    lambdas.register("apply-review", (payload, invocation) -> {
      String requestId = payload.path("request_id").asText();
      JsonNode answer = payload.path("answer");
      requests.reviseRecord(requestId, record -> {
        answer.path("fields").properties().forEach(e -> record.set(e.getKey(), e.getValue()));
        return record;
      }, Actor.staff(answer.path("by").asText()), "review", "apply#" + requestId);
      requests.setStatus(requestId, answer.has("close_reason") ? RequestStatus.CLOSED_NOT_SERVICE : RequestStatus.EXTRACTED);
      audit.append(requestId, Actor.system("service-intake"), "review.applied", answer, "applied#" + requestId);
      return payload;
    });
    lambdas.register("send-confirmation", (payload, invocation) -> {
      String requestId = payload.path("request_id").asText();
      var request = requests.get(requestId);
      Jdbc.withConnection(dataSource, "capture confirmation", connection -> {
        try (PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO notifications (id, request_id, idempotency_key, event, channel, recipient, subject, body, status, attempts, created_at, sent_at)
            VALUES (?, ?, ?, 'confirmation', 'sms', ?, 'We got your request', ?, 'captured', 1, now(), now())
            ON CONFLICT (idempotency_key) DO NOTHING""")) {
          insert.setString(1, "ntf-" + UUID.randomUUID());
          insert.setString(2, requestId);
          insert.setString(3, payload.path("execution").asText() + "#SendConfirmation");
          insert.setString(4, request.record().path("phone").asText("+15550000000"));
          insert.setString(5, "Thanks " + request.record().path("customer_name").asText("") + ", we will visit "
              + request.record().path("address").asText("") + ".");
          return insert.executeUpdate();
        }
      });
      requests.setStatus(requestId, RequestStatus.CONFIRMED);
      return Json.MAPPER.createObjectNode().put("request_id", requestId).put("confirmed", true);
    });
  }

  private static JsonNode record(RequestStore requests, AiCallLog aiCalls, JsonNode payload) {
    JsonNode envelope = payload.path("request");
    NewRequest request = NewRequest.fromEnvelope(envelope, payload.path("execution_name").asText());
    requests.create(request, Actor.system("ingress"));
    ObjectNode fields = Json.MAPPER.createObjectNode();
    Matcher line = LINE.matcher(envelope.path("text").asText(""));
    while (line.find()) {
      String name = switch (line.group(1)) {
        case "Name" -> "customer_name";
        case "Issue type" -> "issue_type";
        case "Preferred time" -> "preferred_time";
        default -> line.group(1).toLowerCase(java.util.Locale.ROOT);
      };
      fields.put(name, line.group(2).strip());
    }
    requests.updateRecord(request.id(), fields, Actor.agent("extract-fields", "1"), "extracted", "extract#" + request.id());
    requests.setTriage(request.id(), fields.path("issue_type").asText(null), fields.path("urgency").asText("routine"), "field-service");
    ArrayNode missing = Json.MAPPER.createArrayNode();
    int present = 0;
    for (String required : List.of("customer_name", "phone", "address", "preferred_time")) {
      if (fields.hasNonNull(required)) {
        present++;
      } else {
        missing.add(required);
      }
    }
    requests.setCompleteness(request.id(), java.math.BigDecimal.valueOf(present).divide(java.math.BigDecimal.valueOf(4)));
    aiCalls.record(new AiCall(request.id(), "classify-extract", "3", "local-rules", null, null, 4, fields, null, Instant.now()),
        "ai#" + request.id());
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("request_id", request.id());
    result.set("missing", missing);
    return result;
  }
}
