package dev.opsflow.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for {@link EmbeddedDatabaseKillTest}: starts the embedded database on the directory given as
 * the argument, saves a row, says READY and waits to be killed.
 */
public final class KilledProcessMain {
  private KilledProcessMain() {}

  public static void main(String[] args) throws Exception {
    PostgresSettings settings = PostgresSettings.from(Map.of("OPSFLOW_DATA_DIR", Path.of(args[0]).toString()));
    PostgresDatabase database = PostgresDatabase.start(settings);
    EmbeddedDatabaseTest.saveMarker(database.dataSource());
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(120_000);
  }
}
