package dev.opsflow.webapp;

import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.intake.store.AiCallLog;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.intake.store.RequestStore;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.operations.OperatorTasks;
import dev.opsflow.webapp.admin.UserAdminRoutes;
import dev.opsflow.webapp.auth.FormTokens;
import dev.opsflow.webapp.auth.LoginRoutes;
import dev.opsflow.webapp.auth.RateLimiter;
import dev.opsflow.webapp.auth.SessionStore;
import dev.opsflow.webapp.auth.UserStore;
import dev.opsflow.webapp.charts.ChartQueries;
import dev.opsflow.webapp.charts.ChartRoutes;
import dev.opsflow.webapp.form.IntakeStarter;
import dev.opsflow.webapp.form.PublicFormRoutes;
import dev.opsflow.webapp.form.RequestFields;
import dev.opsflow.webapp.inbox.InboxQueries;
import dev.opsflow.webapp.inbox.InboxRoutes;
import dev.opsflow.webapp.inbox.TaskAnswers;
import dev.opsflow.webapp.ops.DeadLetterQueries;
import dev.opsflow.webapp.ops.FailedExecutions;
import dev.opsflow.webapp.ops.LedgerQueries;
import dev.opsflow.webapp.ops.NotificationQueries;
import dev.opsflow.webapp.ops.OperationsActions;
import dev.opsflow.webapp.ops.OperationsRoutes;
import dev.opsflow.webapp.requests.ExecutionHistories;
import dev.opsflow.webapp.requests.RequestRoutes;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.ClientRequests;
import dev.opsflow.webapp.web.Cookies;
import dev.opsflow.webapp.web.ErrorPages;
import dev.opsflow.webapp.web.SecurityHeaders;
import dev.opsflow.webapp.web.Views;
import dev.opsflow.webapp.web.WebSettings;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The dashboard and the public form as one Javalin server over the application database and an {@link
 * SfnClient}: the same wiring inside {@code opsflow local} ({@link DashboardComponent}) and in the App Runner
 * container ({@link DashboardMain}). Closing it stops the server (the data source and client belong to the
 * caller).
 */
public final class Dashboard implements AutoCloseable {
  private final Javalin app;

  private Dashboard(Javalin app) {
    this.app = app;
  }

  /** Builds the routes and starts listening on the settings' address and port (0: any free port). */
  public static Dashboard start(DataSource dataSource, SfnClient sfn, WebSettings settings, Clock clock) {
    Views views = new Views();
    ClientRequests clients = new ClientRequests(settings);
    Cookies cookies = new Cookies(clients);
    UserStore users = new UserStore(dataSource, clock);
    SessionStore sessions = new SessionStore(dataSource, clock, settings.sessionIdle(), settings.sessionAbsolute());
    sessions.purgeExpired();
    Access access = new Access(sessions, FormTokens.load(dataSource, clock), cookies, new SecurityHeaders(clients));
    RequestStore requests = new RequestStore(dataSource, clock);
    ReviewTaskStore tasks = new ReviewTaskStore(dataSource, clock);
    AuditLog audit = new AuditLog(dataSource, clock);
    NotificationQueries notifications = new NotificationQueries(dataSource);
    ExecutionHistories executions = new ExecutionHistories(sfn, settings.intakeStateMachine());
    RequestFields fields = new RequestFields("US");

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.useVirtualThreads = true;
      config.http.maxRequestSize = 256 * 1024L;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(access::gate);
    ErrorPages.register(app, views);
    app.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
    app.get("/", ctx -> ctx.redirect(Access.session(ctx) == null ? "/login" : LoginRoutes.home(Access.session(ctx).user().role())));
    new LoginRoutes(users, sessions, access, cookies, clients,
        new RateLimiter(settings.loginLimitPerIp(), Duration.ofMinutes(5), clock),
        new RateLimiter(settings.loginFailuresPerAccount(), Duration.ofMinutes(15), clock),
        views, settings.sessionAbsolute().toSeconds()).register(app);
    new InboxRoutes(new InboxQueries(dataSource), tasks, requests, new TaskAnswers(tasks, audit, sfn), fields, views).register(app);
    new RequestRoutes(requests, tasks, audit, new AiCallLog(dataSource), notifications, new LedgerQueries(dataSource), executions, fields,
        clock, views).register(app);
    DeadLetterQueries deadLetters = new DeadLetterQueries(dataSource);
    InboundStore inbound = new InboundStore(dataSource, clock);
    OperatorTasks operatorTasks = new OperatorTasks(dataSource, clock);
    new OperationsRoutes(new FailedExecutions(sfn), deadLetters, inbound, operatorTasks, notifications, audit, settings.configDir(), views)
        .register(app);
    new OperationsActions(deadLetters, inbound, operatorTasks, sfn, audit).register(app);
    new ChartRoutes(new ChartQueries(dataSource), clock, views).register(app);
    new PublicFormRoutes(new IntakeStarter(sfn, executions, clock), fields,
        new RateLimiter(settings.formLimitPerIp(), Duration.ofMinutes(10), clock), clients, access, views).register(app);
    new UserAdminRoutes(users, audit, views).register(app);
    app.start(settings.bindAddress(), settings.port());
    return new Dashboard(app);
  }

  public int port() {
    return app.port();
  }

  /** The base address on loopback, for tests and logs. */
  public URI uri() {
    return URI.create("http://localhost:" + port());
  }

  @Override
  public void close() {
    app.stop();
  }
}
