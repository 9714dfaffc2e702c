package dev.opsflow.local.durability;

import dev.opsflow.local.store.Database;
import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL for the durability tests of a test run, owned by the test JVM (so a child engine
 * process can be killed without taking the database with it). It trades crash safety for speed (fsync off):
 * these tests kill engine processes, never the server. Stopped and deleted when the JVM exits.
 */
final class DurabilityDatabase {
  private static Database database;

  private DurabilityDatabase() {}

  /** The shared database with the engine's tables emptied and the tests' own tables dropped. */
  static synchronized Database clean() {
    if (database == null) {
      database = start();
    }
    Sql.update(
        database.dataSource(),
        """
        TRUNCATE executions, history_events, work_items, task_tokens,
                 state_machines, state_machine_revisions, state_machine_versions RESTART IDENTITY CASCADE
        """);
    Sql.update(database.dataSource(), "DROP TABLE IF EXISTS side_effects, side_effect_attempts, callback_tokens");
    return database;
  }

  private static Database start() {
    try {
      // Under target/ (surefire runs in the module's directory), so `mvn clean` removes whatever a killed run left.
      Files.createDirectories(Path.of("target"));
      Path directory = Files.createTempDirectory(Path.of("target"), "opsflow-durability");
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory.resolve("postgres"))
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setRegisterShutdownHook(false)
              .start();
      String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
      Database started = Database.start(new PostgresSettings(url, null, 0, EmbeddedDatabase.USER, null, 8));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(started, server, directory)));
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stopAndDelete(Database db, EmbeddedPostgres server, Path directory) {
    try {
      db.close();
      server.close();
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
