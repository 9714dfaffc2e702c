package dev.opsflow.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `opsflow local` killed with SIGKILL leaves its PostgreSQL running; the next start must still work. */
class EmbeddedDatabaseKillTest {
  @Test
  void startAfterOwnerWasKilled_stopsTheOrphanedServerAndKeepsData() throws Exception {
    Path dataDirectory = Files.createTempDirectory("opsflow-pg-kill");
    Process child = null;
    try {
      // GIVEN a process that started the embedded database, saved a row and was then killed (SIGKILL)
      String java = ProcessHandle.current().info().command().orElseThrow();
      child =
          new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledProcessMain.class.getName(), dataDirectory.toString())
              .redirectErrorStream(true)
              .start();
      assertThat(awaitReady(child)).as("child started its database").isTrue();
      long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).trim());
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("server outlives its owner").contains(true);

      // WHEN this process starts the database on the same directory
      try (PostgresDatabase database = PostgresDatabase.start(PostgresSettings.from(Map.of("OPSFLOW_DATA_DIR", dataDirectory.toString())))) {
        // THEN the orphaned server was stopped, a new one runs, and the saved row is there
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(EmbeddedDatabaseTest.query(database.dataSource(), "SELECT name FROM kept")).isEqualTo("marker");
      }
    } finally {
      if (child != null) {
        child.destroyForcibly();
      }
      TestFiles.deleteTree(dataDirectory);
    }
  }

  /** Reads the child's output until READY (true) or its end (false). */
  private static boolean awaitReady(Process child) throws IOException {
    BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.equals("READY")) {
        return true;
      }
    }
    return false;
  }
}
