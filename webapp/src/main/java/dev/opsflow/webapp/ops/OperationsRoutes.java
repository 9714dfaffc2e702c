package dev.opsflow.webapp.ops;

import dev.opsflow.shared.ingress.InboundFilter;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.operations.OperatorTasks;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.HttpError;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionLimitExceededException;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;

/**
 * Operations (failed executions and redrive, dead letters, failed inbound messages, operator tasks, the outbox)
 * and the read-only configuration view; the buttons other than redrive are {@link OperationsActions}.
 */
public final class OperationsRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);

  private final FailedExecutions failed;
  private final DeadLetterQueries deadLetters;
  private final InboundStore inbound;
  private final OperatorTasks operatorTasks;
  private final NotificationQueries notifications;
  private final AuditLog audit;
  private final Path configDir;
  private final Views views;

  public OperationsRoutes(FailedExecutions failed, DeadLetterQueries deadLetters, InboundStore inbound, OperatorTasks operatorTasks,
      NotificationQueries notifications, AuditLog audit, Path configDir, Views views) {
    this.failed = failed;
    this.deadLetters = deadLetters;
    this.inbound = inbound;
    this.operatorTasks = operatorTasks;
    this.notifications = notifications;
    this.audit = audit;
    this.configDir = configDir;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/operations", ctx -> show(ctx, null, 200));
    app.post("/operations/redrive", this::redrive);
    app.get("/configuration", this::configuration);
  }

  private void show(Context ctx, String error, int status) {
    Access.require(ctx, Permission.OPERATE);
    String outboxStatus = ctx.queryParam("outbox");
    if (outboxStatus != null && !OperationsPage.outboxStatuses().contains(outboxStatus)) {
      outboxStatus = null;
    }
    views.render(ctx, "operations.jte", new OperationsPage(Access.chrome(ctx, "Operations", "operations"), failed.recent(50),
        deadLetters.recent(false, 100), deadLetters.available(),
        inbound.list(new InboundFilter(InboundStatus.FAILED, null, 100, null)), operatorTasks.open(), notifications.recent(outboxStatus, 100), outboxStatus, error));
    ctx.status(status);
  }

  private void redrive(Context ctx) {
    Session session = Access.require(ctx, Permission.OPERATE);
    String arn = ctx.formParam("execution_arn");
    if (arn == null || !arn.startsWith("arn:")) {
      throw new HttpError(400, "Which execution? The form sent no execution ARN.");
    }
    try {
      failed.redrive(arn);
    } catch (ExecutionNotRedrivableException | ExecutionDoesNotExistException | ExecutionLimitExceededException e) {
      LOG.info("Redrive of {} refused: {}", arn, e.awsErrorDetails().errorMessage());
      show(ctx, "Step Functions refused the redrive: " + e.awsErrorDetails().errorMessage(), 409);
      return;
    }
    audit.append(null, Actor.staff(session.user().handle()), "execution.redriven",
        dev.opsflow.shared.json.Json.MAPPER.createObjectNode().put("execution_arn", arn), null);
    LOG.info("{} redrove {}", session.user().handle(), arn);
    ctx.redirect("/operations?notice=redriven", HttpStatus.SEE_OTHER);
  }

  private void configuration(Context ctx) {
    Access.require(ctx, Permission.READ_CONFIG);
    List<ConfigPage.ConfigFile> files = new ArrayList<>();
    if (Files.isDirectory(configDir)) {
      try (Stream<Path> paths = Files.walk(configDir, 3)) {
        for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          files.add(new ConfigPage.ConfigFile(configDir.relativize(path).toString(), Files.readString(path)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + configDir, e);
      }
    }
    views.render(ctx, "configuration.jte", new ConfigPage(Access.chrome(ctx, "Configuration", "configuration"), configDir.toString(), files));
  }
}
