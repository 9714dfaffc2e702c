package dev.opsflow.local.cli;

import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.demo.IntakeDemo;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.node.NodeComponents;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.local.store.Database;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.aws.Endpoints;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opsflow local}: the one-machine shape. Starts PostgreSQL (embedded unless a JDBC URL is given), the
 * engine and its workers, loads the repository's workflows, and serves the Step Functions API until stopped.
 */
@Command(name = "local", description = "Run the engine, its Step Functions API and the workflows on this machine.")
final class LocalCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(LocalCommand.class);

  @Option(names = "--port", defaultValue = "${env:OPSFLOW_PORT:-8083}", description = "Step Functions API port (default 8083).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "${env:OPSFLOW_BIND:-127.0.0.1}",
      description = "Address the API listens on (default 127.0.0.1: the API has no authentication; see docs/SECURITY.md).")
  String bind;

  @Option(names = "--home", defaultValue = ".", description = "Repository root holding statemachines/ and functions/ (default: .).")
  Path home;

  @Option(names = "--data-dir", description = "Embedded PostgreSQL data directory (default: $OPSFLOW_DATA_DIR or .opsflow/data).")
  Path dataDir;

  @Option(names = "--db-url", description = "Use this PostgreSQL JDBC URL instead of the embedded one (or $OPSFLOW_DB_URL).")
  String dbUrl;

  @Option(names = "--workers", defaultValue = "${env:OPSFLOW_WORKERS:-4}", description = "Engine worker threads (default 4).")
  int workers;

  @Option(names = "--demo", description = "Once up, send the sample requests through the intake workflow and print where each ended.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (dataDir != null) {
      env.put("OPSFLOW_DATA_DIR", dataDir.toString());
    }
    if (dbUrl != null) {
      env.put("OPSFLOW_DB_URL", dbUrl);
    }
    PostgresSettings settings = PostgresSettings.from(env);
    EngineSettings engineSettings = EngineSettings.defaults();
    try (Database database = Database.start(settings)) {
      AppDatabase.install(database.dataSource());
      if (env.get(ConfigLoader.CONFIG_DIR_ENV) == null) {
        System.setProperty(ConfigLoader.CONFIG_DIR_PROPERTY, home.resolve("config").toString());
      }
      LambdaRegistry lambdas = new LambdaRegistry();
      LocalEngine engine =
          new LocalEngine(database.executionStore(), database.stateMachineStore(), EngineClock.system(), lambdas, engineSettings);
      FunctionManifest manifest = FunctionManifest.read(home.resolve("functions/manifest.json"));
      WorkflowLoader loader = new WorkflowLoader(engine, lambdas, "opsflow");
      loader.registerFunctions(manifest);
      List<String> machines = loader.load(home.resolve("statemachines"), WorkflowLoader.functionPlaceholders(manifest, engineSettings, "opsflow"));
      try (EngineWorkers running = new EngineWorkers(engine, workers);
          StepFunctionsHttpApi api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(bind, port)) {
        // Functions run in this process: the ones calling Step Functions (start-workflow) call this node's API.
        Endpoints.install(Endpoints.STEP_FUNCTIONS, api.endpoint());
        try (NodeComponents components =
            NodeComponents.start(new NodeContext(engine, lambdas, database.dataSource(), api.endpoint(), home, bind, env))) {
          running.wake();
          LOG.info(
              "opsflow local is up: Step Functions API at {} ({} workflows, components {}, database {})",
              api.endpoint(), machines.size(), components.names(), settings);
          System.out.println("opsflow local: Step Functions API at " + api.endpoint() + " (aws stepfunctions --endpoint-url " + api.endpoint() + " ...)");
          if (demo) {
            new IntakeDemo(api.endpoint(), engineSettings.stateMachineArn(IntakeDemo.MACHINE), Duration.ofSeconds(60)).run(System.out);
          }
          CountDownLatch stopped = new CountDownLatch(1);
          Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "opsflow-shutdown"));
          stopped.await();
        }
      }
    }
    return 0;
  }
}
