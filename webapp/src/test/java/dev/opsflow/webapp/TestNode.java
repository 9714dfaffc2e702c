package dev.opsflow.webapp;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.webapp.auth.Role;
import dev.opsflow.webapp.auth.User;
import dev.opsflow.webapp.auth.UserStore;
import dev.opsflow.webapp.web.WebSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The dashboard as the node runs it, for tests: the migrated test database, an engine on the real clock with two
 * workers, its Step Functions API on a free port, the real SDK client, the repository's real intake workflow
 * with its handlers in-process ({@link IntakeWorkflow}: the local reasoner, the captured outbox, the built-in
 * CRM), and the dashboard on a free loopback port.
 */
final class TestNode implements AutoCloseable {
  static final String PASSWORD = "correct horse battery staple";
  static final String[] TABLES = {"operator_tasks", "inbound_messages", "review_tasks", "request_revisions", "notifications", "audit_events", "ai_calls", "requests",
      "customers", "sessions", "users"};

  final DataSource dataSource = TestPostgres.dataSource();
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(EngineClock.system(), lambdas);
  final EngineWorkers workers = new EngineWorkers(engine, 2);
  final StepFunctionsHttpApi api;
  final SfnClient sfn;
  final Dashboard dashboard;
  final String machineArn;

  TestNode() {
    this(Map.of());
  }

  TestNode(Map<String, String> extraEnv) {
    TestPostgres.truncate(TABLES);
    AppDatabase.install(dataSource);
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("OPSFLOW_CONFIG_DIR", IntakeWorkflow.REPO.resolve("config").toString());
    machineArn = IntakeWorkflow.deploy(engine, lambdas, env);
    try {
      api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sfn = SfnClients.create(api.endpoint(), "us-east-1");
    dashboard = Dashboard.start(dataSource, sfn, WebSettings.from(env, "127.0.0.1").withPort(0), Clock.systemUTC());
  }

  URI uri(String path) {
    return URI.create(dashboard.uri() + path);
  }

  User user(String email, Role role) {
    return new UserStore(dataSource, Clock.systemUTC()).create(email, email.substring(0, email.indexOf('@')), role, PASSWORD.toCharArray());
  }

  /** Polls {@code done} every 25 ms for up to ten seconds. */
  static boolean await(BooleanSupplier done) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (done.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return done.getAsBoolean();
  }

  @Override
  public void close() {
    dashboard.close();
    sfn.close();
    api.close();
    workers.close();
  }
}
