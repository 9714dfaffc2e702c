package dev.opsflow.webapp.requests;

import dev.opsflow.shared.intake.store.AiCallLog;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.intake.store.RequestFilter;
import dev.opsflow.shared.intake.store.RequestPage;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.RequestStore;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.timeline.TimelineBuilder;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.form.RequestFields;
import dev.opsflow.webapp.ops.LedgerQueries;
import dev.opsflow.webapp.ops.LedgerRow;
import dev.opsflow.webapp.ops.NotificationQueries;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.HttpError;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The request list (filters, keyset pages), one request's page, and the escalations list. */
public final class RequestRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(RequestRoutes.class);
  private static final int PAGE_SIZE = 50;

  private final RequestStore requests;
  private final ReviewTaskStore tasks;
  private final AuditLog audit;
  private final AiCallLog aiCalls;
  private final NotificationQueries notifications;
  private final LedgerQueries ledger;
  private final ExecutionHistories executions;
  private final RequestFields fields;
  private final Clock clock;
  private final Views views;

  public RequestRoutes(RequestStore requests, ReviewTaskStore tasks, AuditLog audit, AiCallLog aiCalls, NotificationQueries notifications,
      LedgerQueries ledger, ExecutionHistories executions, RequestFields fields, Clock clock, Views views) {
    this.requests = requests;
    this.tasks = tasks;
    this.audit = audit;
    this.aiCalls = aiCalls;
    this.notifications = notifications;
    this.ledger = ledger;
    this.executions = executions;
    this.fields = fields;
    this.clock = clock;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/requests", this::list);
    app.get("/requests/{id}", this::detail);
    app.get("/escalations", this::escalations);
  }

  private void list(Context ctx) {
    Access.require(ctx, Permission.READ_REQUESTS);
    ListParams params = ListParams.from(ctx);
    RequestFilter filter;
    try {
      filter = params.filter(fields);
    } catch (IllegalArgumentException e) {
      render(ctx, params, new RequestPage(List.of(), null), Map.of(), e.getMessage(), 400);
      return;
    }
    RequestPage page;
    try {
      page = requests.search(filter, PAGE_SIZE, params.after());
    } catch (IllegalArgumentException e) {
      render(ctx, params, new RequestPage(List.of(), null), Map.of(), "That page link is not valid any more: start from the first page.", 400);
      return;
    }
    render(ctx, params, page, requests.countsByStatus(filter), null, 200);
  }

  private void render(Context ctx, ListParams params, RequestPage page, Map<RequestStatus, Long> counts, String error, int status) {
    String next = page.nextToken() == null ? null : params.href(page.nextToken());
    views.render(ctx, "requests.jte", new RequestListPage(Access.chrome(ctx, "Requests", "requests"), params, page.items(), next, counts, error));
    ctx.status(status);
  }

  private void escalations(Context ctx) {
    Access.require(ctx, Permission.READ_REQUESTS);
    RequestFilter escalated = RequestFilter.all().withStatuses(java.util.EnumSet.of(RequestStatus.ESCALATED));
    RequestPage page = requests.search(escalated, 200, null);
    views.render(ctx, "escalations.jte", new EscalationsPage(Access.chrome(ctx, "Escalations", "escalations"), page.items(),
        notifications.recent(null, 300).stream().filter(n -> "escalation".equals(n.event())).limit(100).toList()));
  }

  private void detail(Context ctx) {
    Session session = Access.require(ctx, Permission.READ_REQUESTS);
    String id = ctx.pathParam("id");
    StoredRequest request = requests.find(id).orElseThrow(() -> HttpError.notFound("The request"));
    Map<String, String> record = new LinkedHashMap<>();
    request.record().properties().forEach(e -> record.put(e.getKey(), RecordDiff.text(e.getValue())));
    List<RequestDetailPage.RevisionView> revisions = new ArrayList<>();
    RequestRevision previous = null;
    for (RequestRevision revision : requests.revisions(id)) {
      revisions.add(new RequestDetailPage.RevisionView(revision, RecordDiff.between(previous == null ? null : previous.record(), revision.record())));
      previous = revision;
    }
    RequestDetailPage.ExecutionView execution = null;
    Waterfall waterfall = Waterfall.of(List.of(), clock.instant());
    Optional<String> arn = Optional.empty();
    try {
      arn = executions.intakeExecutionArn(request.executionName());
      if (arn.isPresent()) {
        Optional<DescribeExecutionResponse> described = executions.describe(arn.get());
        execution = new RequestDetailPage.ExecutionView(request.executionName(), arn.get(),
            described.map(DescribeExecutionResponse::statusAsString).orElse(null),
            described.map(d -> String.valueOf(d.startDate())).orElse(null),
            described.map(d -> d.stopDate() == null ? null : d.stopDate().toString()).orElse(null),
            described.map(DescribeExecutionResponse::error).orElse(null));
        if (described.isPresent()) {
          waterfall = Waterfall.of(TimelineBuilder.build(executions.history(arn.get())), clock.instant());
        }
      }
    } catch (SdkException e) {
      // The page still shows the record and its trail when Step Functions cannot be reached.
      LOG.warn("Execution history of {} unavailable: {}", id, e.getMessage());
      execution = new RequestDetailPage.ExecutionView(request.executionName(), arn.orElse(null), null, null, null,
          "Step Functions could not be reached");
    }
    boolean mayReadLedger = session.may(Permission.READ_LEDGER) || session.may(Permission.OPERATE);
    List<String> correlations = new ArrayList<>(List.of(id));
    arn.ifPresent(correlations::add);
    List<LedgerRow> entries = mayReadLedger ? ledger.forCorrelations(correlations) : List.of();
    views.render(ctx, "request.jte", new RequestDetailPage(Access.chrome(ctx, "Request " + id, "requests"), request, record, revisions,
        aiCalls.forRequest(id), notifications.forRequest(id), tasks.forRequest(id), audit.forRequest(id), execution, waterfall,
        entries, mayReadLedger));
  }

  static String json(com.fasterxml.jackson.databind.JsonNode node) {
    return node == null ? "" : Json.write(node);
  }
}
