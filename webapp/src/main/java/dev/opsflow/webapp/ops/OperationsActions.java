package dev.opsflow.webapp.ops;

import dev.opsflow.local.events.ReplayResult;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.operations.OperatorTask;
import dev.opsflow.shared.operations.OperatorTasks;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.HttpError;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * The operators' buttons on the operations page, each a CSRF-protected POST for the OPERATE permission only
 * (the access gate checks the token, {@link Access#require} the role): replay a dead letter of the bus, replay a
 * failed inbound message of the ingress, and answer an operator task of the onboarding workflow with
 * {@code SendTaskSuccess {"decision": "retry" | "abandon"}}. Every action is audited with the operator's handle.
 */
public final class OperationsActions {
  private static final Logger LOG = LoggerFactory.getLogger(OperationsActions.class);
  private static final Set<String> DECISIONS = Set.of("retry", "abandon");

  private final DeadLetterQueries deadLetters;
  private final InboundStore inbound;
  private final OperatorTasks operatorTasks;
  private final SfnClient sfn;
  private final AuditLog audit;

  public OperationsActions(DeadLetterQueries deadLetters, InboundStore inbound, OperatorTasks operatorTasks, SfnClient sfn, AuditLog audit) {
    this.deadLetters = deadLetters;
    this.inbound = inbound;
    this.operatorTasks = operatorTasks;
    this.sfn = sfn;
    this.audit = audit;
  }

  public void register(Javalin app) {
    app.post("/operations/dead-letters/{id}/replay", this::replayDeadLetter);
    app.post("/operations/inbound/{id}/replay", this::replayInbound);
    app.post("/operations/operator-tasks/{id}/answer", this::answerOperatorTask);
  }

  private void replayDeadLetter(Context ctx) {
    Session session = Access.require(ctx, Permission.OPERATE);
    long id = id(ctx);
    Optional<ReplayResult> result = deadLetters.replay(id);
    if (result.isEmpty()) {
      throw new HttpError(404, "There is no dead letter " + id + ".");
    }
    audited(session, "dead_letter.replayed", Json.MAPPER.createObjectNode().put("dead_letter_id", id).put("note", result.get().note()));
    ctx.redirect("/operations?notice=" + (result.get().replayed() ? "dead-letter-replayed" : "dead-letter-not-replayed"), HttpStatus.SEE_OTHER);
  }

  private void replayInbound(Context ctx) {
    Session session = Access.require(ctx, Permission.OPERATE);
    long id = id(ctx);
    if (!inbound.replay(id)) {
      throw new HttpError(409, "Inbound message " + id + " is not a failed message: only failed messages are replayed.");
    }
    audited(session, "inbound.replayed", Json.MAPPER.createObjectNode().put("inbound_id", id));
    ctx.redirect("/operations?notice=inbound-replayed", HttpStatus.SEE_OTHER);
  }

  private void answerOperatorTask(Context ctx) {
    Session session = Access.require(ctx, Permission.OPERATE);
    long id = id(ctx);
    String decision = ctx.formParam("decision");
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new HttpError(400, "Choose retry or abandon.");
    }
    OperatorTask task = operatorTasks.find(id).filter(t -> "open".equals(t.status()) && t.taskToken() != null)
        .orElseThrow(() -> new HttpError(409, "Operator task " + id + " is not open any more."));
    String answer = Json.MAPPER.createObjectNode().put("decision", decision).toString();
    try {
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(answer));
    } catch (InvalidTokenException | TaskDoesNotExistException | TaskTimedOutException e) {
      // The workflow no longer waits for this answer (timed out, or answered elsewhere): the task is stale.
      LOG.info("Operator task {} no longer answerable: {}", id, e.awsErrorDetails().errorMessage());
      operatorTasks.close(id, session.user().handle());
      throw new HttpError(409, "The workflow no longer waits for this task: " + e.awsErrorDetails().errorMessage());
    }
    operatorTasks.close(id, session.user().handle());
    audited(session, "operator_task.answered", Json.MAPPER.createObjectNode().put("operator_task_id", id).put("decision", decision)
        .put("execution_arn", task.executionArn()));
    ctx.redirect("/operations?notice=operator-task-" + decision, HttpStatus.SEE_OTHER);
  }

  private void audited(Session session, String action, com.fasterxml.jackson.databind.node.ObjectNode detail) {
    audit.append(null, Actor.staff(session.user().handle()), action, detail, null);
    LOG.info("{}: {} {}", session.user().handle(), action, detail);
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new HttpError(404, "No such item.");
    }
  }
}
