package dev.opsflow.local.durability;

import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.store.Database;
import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import java.time.Duration;

/**
 * The engine process that {@link CrashRecoveryTest} kills: background workers on the test's database (JDBC URL
 * as the first argument) with the crash test's Lambda functions and a short lease, so a killed process's claimed
 * work is taken over two seconds later. Says READY once its workers run, then works until it is killed (or
 * its standard input closes: the test JVM is gone, and the process must not outlive it).
 */
public final class CrashWorkerMain {
  static final EngineSettings SETTINGS = EngineSettings.defaults().withLease(Duration.ofSeconds(2));
  static final int WORKERS = 4;

  private CrashWorkerMain() {}

  public static void main(String[] args) throws Exception {
    Database database = Database.start(new PostgresSettings(args[0], null, 0, EmbeddedDatabase.USER, null, WORKERS * 2));
    LocalEngine engine =
        new LocalEngine(
            database.executionStore(), database.stateMachineStore(), EngineClock.system(),
            CrashLambdas.registry(database.dataSource()), SETTINGS);
    EngineWorkers workers = new EngineWorkers(engine, WORKERS);
    workers.wake();
    System.out.println("READY");
    System.out.flush();
    while (System.in.read() != -1) {
      // Nothing is sent: the read returns -1 when the parent closes the pipe or dies.
    }
  }
}
