package dev.opsflow.local.backup;

import dev.opsflow.db.PostgresSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code opsflow backup} and {@code opsflow restore}. A backup is {@code pg_dump -Fc} when a pg_dump at least as
 * new as the server is installed ({@link PgTools}), else opsflow's logical backup ({@link LogicalBackup}); it is
 * written to a temporary name and renamed when complete, so a half-written file never looks like a backup, and
 * backups older than the retention are deleted. A restore replaces the database with the file's content
 * ({@code pg_restore --clean} or the logical restore) and refuses while the node's embedded server runs.
 */
public final class Backups {
  private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final byte[] PG_DUMP_MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, String> env;
  private final Clock clock;

  public Backups(Map<String, String> env, Clock clock) {
    this.env = Map.copyOf(env);
    this.clock = clock;
  }

  /** What a backup made: the file and how ({@code pg_dump} or {@code logical}). */
  public record Made(Path file, String method, List<Path> deleted) {}

  /** Backs the node's database up into {@code directory}; deletes backups there older than {@code keep}. */
  public Made backup(PostgresSettings settings, Path directory, Duration keep) throws IOException, SQLException, InterruptedException {
    Files.createDirectories(directory);
    Instant now = clock.instant();
    try (NodeDatabase database = NodeDatabase.open(settings)) {
      int serverMajor;
      try (Connection connection = connect(database).getConnection()) {
        serverMajor = Catalog.serverMajor(connection);
      }
      Optional<Path> pgDump = PgTools.find(candidates("pg_dump"), serverMajor);
      String name = "opsflow-" + STAMP.format(now) + (pgDump.isPresent() ? ".dump" : ".zip");
      Path partial = directory.resolve(name + ".partial");
      if (pgDump.isPresent()) {
        NodeDatabase.Target target = database.target();
        run(target, List.of(pgDump.get().toString(), "-Fc", "--no-owner", "-h", target.host(), "-p", String.valueOf(target.port()),
            "-U", target.user(), "-f", partial.toString(), target.database()));
      } else {
        LOG.info("No pg_dump of PostgreSQL {} or newer found (OPSFLOW_PG_BIN, /usr/lib/postgresql/*/bin, PATH): logical backup", serverMajor);
        try (Connection connection = connect(database).getConnection(); OutputStream out = Files.newOutputStream(partial)) {
          LogicalBackup.write(connection, out, now);
        }
      }
      Path file = Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return new Made(file, pgDump.isPresent() ? "pg_dump" : "logical", deleteOlderThan(directory, now.minus(keep), file));
    }
  }

  /** Replaces the node's database with {@code file}'s content; the node must be stopped. */
  public String restore(PostgresSettings settings, Path file) throws IOException, SQLException, InterruptedException {
    try (NodeDatabase database = NodeDatabase.open(settings)) {
      if (database.nodeRunning()) {
        throw new IllegalStateException("The node is running on " + settings.dataDirectory() + ": stop it first (systemctl stop opsflow)");
      }
      if (isPgDump(file)) {
        int serverMajor;
        try (Connection connection = connect(database).getConnection()) {
          serverMajor = Catalog.serverMajor(connection);
        }
        Path pgRestore = PgTools.find(candidates("pg_restore"), serverMajor)
            .orElseThrow(() -> new IllegalStateException("This is a pg_dump file and no pg_restore of PostgreSQL " + serverMajor + " or newer is installed"));
        NodeDatabase.Target target = database.target();
        run(target, List.of(pgRestore.toString(), "--clean", "--if-exists", "--no-owner", "--single-transaction", "-h", target.host(),
            "-p", String.valueOf(target.port()), "-U", target.user(), "-d", target.database(), file.toString()));
        return "pg_restore";
      }
      try (InputStream in = Files.newInputStream(file)) {
        LogicalBackup.restore(connect(database), in);
      }
      return "logical";
    }
  }

  private List<Path> candidates(String program) throws IOException {
    return PgTools.candidates(program, env.get("OPSFLOW_PG_BIN"), Path.of("/usr/lib/postgresql"), env.get("PATH"));
  }

  private static PGSimpleDataSource connect(NodeDatabase database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(database.settings().jdbcUrl());
    dataSource.setUser(database.settings().user());
    if (database.settings().password() != null) {
      dataSource.setPassword(database.settings().password());
    }
    return dataSource;
  }

  private static void run(NodeDatabase.Target target, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (target.password() != null) {
      builder.environment().put("PGPASSWORD", target.password());
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + process.exitValue() + "): " + output.strip());
    }
  }

  private static boolean isPgDump(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(PG_DUMP_MAGIC.length);
      return java.util.Arrays.equals(head, PG_DUMP_MAGIC);
    }
  }

  private static List<Path> deleteOlderThan(Path directory, Instant cutoff, Path keep) throws IOException {
    List<Path> deleted = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("opsflow-\\d{8}T\\d{6}Z\\.(dump|zip)")).toList()) {
        FileTime modified = Files.getLastModifiedTime(file);
        if (!file.equals(keep) && modified.toInstant().isBefore(cutoff)) {
          Files.delete(file);
          deleted.add(file);
        }
      }
    }
    return deleted;
  }
}
