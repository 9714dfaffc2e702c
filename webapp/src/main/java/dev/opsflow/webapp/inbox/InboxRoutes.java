package dev.opsflow.webapp.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.intake.store.RequestStore;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.form.FieldInput;
import dev.opsflow.webapp.form.RequestFields;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.HttpError;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review inbox: the list of pending tasks, one task's page, and the actions on it (claim, release, answer a
 * review with the missing fields, acknowledge, close as not a service request, approve or reject a draft).
 * Anyone who reads requests sees the inbox; only {@link Permission#WORK_INBOX} acts.
 */
public final class InboxRoutes {
  private static final Set<String> CLOSE_REASONS = Set.of("not_service_request", "duplicate", "spam");

  private final InboxQueries inbox;
  private final ReviewTaskStore tasks;
  private final RequestStore requests;
  private final TaskAnswers answers;
  private final RequestFields fields;
  private final Views views;

  public InboxRoutes(InboxQueries inbox, ReviewTaskStore tasks, RequestStore requests, TaskAnswers answers, RequestFields fields, Views views) {
    this.inbox = inbox;
    this.tasks = tasks;
    this.requests = requests;
    this.answers = answers;
    this.fields = fields;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/inbox", this::list);
    app.get("/tasks/{id}", ctx -> show(ctx, List.of(), Map.of(), 200));
    app.post("/tasks/{id}/claim", ctx -> act(ctx, "claimed", () -> answers.claim(ctx.pathParam("id"), user(ctx))));
    app.post("/tasks/{id}/release", ctx -> act(ctx, "released", () -> answers.release(ctx.pathParam("id"), user(ctx))));
    app.post("/tasks/{id}/answer", this::answerReview);
    app.post("/tasks/{id}/close", this::close);
    app.post("/tasks/{id}/approve", ctx -> decide(ctx, true));
    app.post("/tasks/{id}/reject", ctx -> decide(ctx, false));
  }

  private void list(Context ctx) {
    Access.require(ctx, Permission.READ_REQUESTS);
    String kind = ctx.queryParam("kind");
    if (kind != null && !Set.of("review", "approval", "acknowledge").contains(kind)) {
      kind = null;
    }
    views.render(ctx, "inbox.jte", new InboxPage(Access.chrome(ctx, "Review inbox", "inbox"), inbox.pending(kind, 200), kind));
  }

  private void show(Context ctx, List<FieldInput> errors, Map<String, String> typed, int status) {
    Session session = Access.require(ctx, Permission.READ_REQUESTS);
    ReviewTask task = tasks.find(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("The task"));
    StoredRequest request = requests.get(task.requestId());
    Map<String, String> record = new LinkedHashMap<>();
    request.record().properties().forEach(e -> record.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : Json.write(e.getValue())));
    List<FieldInput> inputs = new ArrayList<>();
    for (String name : task.missingFields()) {
      FieldInput error = errors.stream().filter(e -> e.spec().name().equals(name)).findFirst().orElse(null);
      inputs.add(new FieldInput(RequestFields.staffSpec(name), typed.getOrDefault(name, record.get(name)), error == null ? null : error.error(), true));
    }
    JsonNode draft = task.draft();
    JsonNode body = draft == null ? null : draft.has("draft") ? draft.get("draft") : draft;
    List<String> flags = new ArrayList<>();
    if (draft != null) {
      draft.path("reasons").forEach(r -> flags.add(r.isTextual() ? r.asText() : Json.write(r)));
    }
    boolean mayWork = session.may(Permission.WORK_INBOX);
    boolean heldByMe = session.user().handle().equals(task.claimedBy());
    views.render(ctx, "task.jte", new TaskPage(Access.chrome(ctx, "Task for " + label(request), "inbox"), task, request, record, inputs,
        TaskPage.text(body, "subject"), TaskPage.text(body, "body"), flags, mayWork, heldByMe, errors));
    ctx.status(status);
  }

  private void answerReview(Context ctx) {
    Session session = Access.require(ctx, Permission.WORK_INBOX);
    ReviewTask task = tasks.find(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("The task"));
    ObjectNode answer = Json.MAPPER.createObjectNode();
    ObjectNode filled = answer.putObject("fields");
    List<FieldInput> errors = new ArrayList<>();
    Map<String, String> typed = new LinkedHashMap<>();
    boolean review = task.kind().wireName().equals("review");
    for (String name : task.missingFields()) {
      String raw = ctx.formParam("field." + name);
      typed.put(name, raw);
      RequestFields.Checked checked = fields.check(name, raw, review);
      if (!checked.ok()) {
        errors.add(new FieldInput(RequestFields.staffSpec(name), raw, checked.error(), true));
      } else if (checked.value() != null) {
        filled.put(name, checked.value());
      }
    }
    if (!errors.isEmpty()) {
      show(ctx, errors, typed, 422);
      return;
    }
    if (!review) {
      answer.put("acknowledged", true);
    }
    putNote(ctx, answer);
    AnswerOutcome outcome = answers.answer(task.id(), session.user(), answer, false, review ? "review.completed" : "escalation.acknowledged");
    done(ctx, outcome, "answered");
  }

  private void close(Context ctx) {
    Session session = Access.require(ctx, Permission.WORK_INBOX);
    String reason = ctx.formParam("close_reason");
    if (reason == null || !CLOSE_REASONS.contains(reason)) {
      throw new HttpError(400, "Choose why the request is closed.");
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.putObject("fields");
    answer.put("close_reason", reason);
    putNote(ctx, answer);
    done(ctx, answers.answer(ctx.pathParam("id"), session.user(), answer, true, "review.closed"), "answered");
  }

  private void decide(Context ctx, boolean approved) {
    Session session = Access.require(ctx, Permission.WORK_INBOX);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("approved", approved);
    String edited = ctx.formParam("body");
    if (approved && edited != null && !edited.isBlank()) {
      answer.put("body", edited.strip());
    }
    putNote(ctx, answer);
    AnswerOutcome outcome = answers.answer(ctx.pathParam("id"), session.user(), answer, !approved, approved ? "draft.approved" : "draft.rejected");
    done(ctx, outcome, approved ? "approved" : "rejected");
  }

  private static void putNote(Context ctx, ObjectNode answer) {
    String note = ctx.formParam("note");
    if (note != null && !note.isBlank()) {
      answer.put("note", note.strip().substring(0, Math.min(note.strip().length(), 2000)));
    }
  }

  private static void done(Context ctx, AnswerOutcome outcome, String notice) {
    ctx.redirect("/tasks/" + ctx.pathParam("id") + "?notice=" + (outcome == AnswerOutcome.EXPIRED ? "expired" : notice), HttpStatus.SEE_OTHER);
  }

  private static void act(Context ctx, String notice, Runnable action) {
    Access.require(ctx, Permission.WORK_INBOX);
    action.run();
    ctx.redirect("/tasks/" + ctx.pathParam("id") + "?notice=" + notice, HttpStatus.SEE_OTHER);
  }

  private static dev.opsflow.webapp.auth.User user(Context ctx) {
    return Access.require(ctx, Permission.WORK_INBOX).user();
  }

  static String label(StoredRequest request) {
    String name = request.record().path("customer_name").asText(null);
    if (name == null && request.sender() != null) {
      name = request.sender().path("name").asText(null);
    }
    return name == null || name.isBlank() ? request.id() : name;
  }
}
