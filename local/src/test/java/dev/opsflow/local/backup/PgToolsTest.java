package dev.opsflow.local.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Choosing a pg_dump: the first whose major version is at least the server's, among real executables. */
class PgToolsTest {
  private final Path root = Path.of("target", "pgtools-test-" + System.nanoTime()).toAbsolutePath();

  @AfterEach
  void clean() throws Exception {
    TestFiles.deleteTree(root);
  }

  @Test
  void serverNewerThanEveryClient_findsNone_andANewEnoughClientIsChosen() throws Exception {
    // GIVEN a Debian-style tree with pg_dump 15 and 18, each answering --version as the real one does
    Path debian = root.resolve("usr/lib/postgresql");
    fakePgDump(debian.resolve("15/bin"), "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)");
    fakePgDump(debian.resolve("18/bin"), "pg_dump (PostgreSQL) 18.1");

    // WHEN candidates are listed and a client for a server 18 and 19 is looked for
    List<Path> candidates = PgTools.candidates("pg_dump", null, debian, "");

    // THEN newest first; 18 serves an 18 server, nothing serves 19, 15 serves 15
    assertThat(candidates).containsExactly(debian.resolve("18/bin/pg_dump"), debian.resolve("15/bin/pg_dump"));
    assertThat(PgTools.find(candidates, 18)).contains(debian.resolve("18/bin/pg_dump"));
    assertThat(PgTools.find(candidates, 19)).isEmpty();
    assertThat(PgTools.majorVersion(debian.resolve("15/bin/pg_dump"))).contains(15);
  }

  @Test
  void configuredBinDirectory_isTriedFirst() throws Exception {
    // GIVEN OPSFLOW_PG_BIN pointing at a client directory
    Path bin = root.resolve("opt/pg/bin");
    fakePgDump(bin, "pg_dump (PostgreSQL) 18.6");

    // WHEN candidates are listed
    List<Path> candidates = PgTools.candidates("pg_dump", bin.toString(), root.resolve("none"), "/nonexistent");

    // THEN the configured one comes first and is chosen
    assertThat(candidates.get(0)).isEqualTo(bin.resolve("pg_dump"));
    assertThat(PgTools.find(candidates, 18)).contains(bin.resolve("pg_dump"));
  }

  private static void fakePgDump(Path dir, String versionLine) throws Exception {
    Files.createDirectories(dir);
    Path script = dir.resolve("pg_dump");
    Files.writeString(script, "#!/bin/sh\necho '" + versionLine + "'\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
