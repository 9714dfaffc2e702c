package dev.opsflow.bench;

import dev.opsflow.local.store.Database;
import dev.opsflow.db.EmbeddedDatabase;
import dev.opsflow.db.PostgresSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures, side by side in one run on one durable embedded PostgreSQL (fsync and synchronous commit on, checked
 * before anything is measured), the opsflow local engine and DBOS Transact running the same 5-step workflow of
 * trivial steps: workflows/s, durable transitions/s and end-to-end latency (p50, p99) per client concurrency
 * (and, for opsflow, per worker count). opsflow uses the server's {@code postgres} database, DBOS a database
 * of its own ({@code dbos_bench}). Run it with {@code scripts/bench-durable}.
 */
public final class DurableBench {
  private static final String DBOS_DATABASE = "dbos_bench";

  private DurableBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    BenchOptions options = BenchOptions.parse(args);
    Path dataDirectory = options.dataDirectory() == null ? Files.createTempDirectory("opsflow-bench") : options.dataDirectory();
    PostgresSettings settings = new PostgresSettings(null, dataDirectory, 0, EmbeddedDatabase.USER, null, options.poolSize());
    List<Measurement> rows;
    try (Database database = Database.start(settings)) {
      System.out.println(describeServer(database));
      rows = measureAll(database, options);
    } finally {
      if (options.dataDirectory() == null) {
        deleteRecursively(dataDirectory);
      }
    }
    ResultTable.print(System.out, rows);
  }

  /**
   * Warms both systems up, then measures them interleaved, one concurrency level at a time, so that load from
   * other processes on the machine hits both alike. Rows come back grouped by system.
   */
  private static List<Measurement> measureAll(Database database, BenchOptions options) throws InterruptedException {
    boolean opsflow = options.systems().contains("opsflow");
    DbosTarget dbos = options.systems().contains("dbos") ? launchDbos(database) : null;
    List<Measurement> rows = new ArrayList<>();
    try {
      if (opsflow) {
        int warmupWorkers = options.workers().get(options.workers().size() / 2);
        warmUp(options, () -> OpsflowTarget.start(database, warmupWorkers));
      }
      if (dbos != null) {
        warmUp(options, () -> dbos);
      }
      for (int concurrency : options.concurrency()) {
        for (int workers : opsflow ? options.workers() : List.<Integer>of()) {
          try (OpsflowTarget target = OpsflowTarget.start(database, workers)) {
            rows.add(measure(target, options, concurrency, workers));
          }
        }
        if (dbos != null) {
          rows.add(measure(dbos, options, concurrency, null));
        }
      }
    } finally {
      if (dbos != null) {
        dbos.close();
      }
    }
    rows.sort(Comparator.comparing((Measurement row) -> !row.system().equals("opsflow")));
    return rows;
  }

  /** Launches DBOS on a database of its own ({@value #DBOS_DATABASE}) on the same server. */
  private static DbosTarget launchDbos(Database database) {
    execute(database, "CREATE DATABASE " + DBOS_DATABASE);
    return DbosTarget.launch(database.jdbcUrl().replaceFirst("/postgres(\\?.*)?$", "/" + DBOS_DATABASE), EmbeddedDatabase.USER);
  }

  /**
   * Runs {@code options.warmup()} unmeasured workflows at the highest concurrency (JIT, pools, caches); an
   * opsflow engine is made for the warm-up and closed after it, the DBOS instance stays.
   */
  private static void warmUp(BenchOptions options, Supplier<BenchTarget> targets) throws InterruptedException {
    if (options.warmup() == 0) {
      return;
    }
    int concurrency = options.concurrency().stream().max(Comparator.naturalOrder()).orElseThrow();
    BenchTarget target = targets.get();
    LoadRun.run(target, concurrency, options.warmup(), "warmup-");
    if (target instanceof OpsflowTarget opsflow) {
      opsflow.close();
    }
    System.err.printf("%s: warmed up with %d workflows%n", target.system(), options.warmup());
  }

  private static Measurement measure(BenchTarget target, BenchOptions options, int concurrency, Integer workers)
      throws InterruptedException {
    String prefix = "c" + concurrency + (workers == null ? "" : "-w" + workers) + "-";
    LoadRun.Timings timings = LoadRun.run(target, concurrency, options.workflows(), prefix);
    Measurement row = new Measurement(target.system(), concurrency, workers, options.workflows(), target.countTransitions(prefix), timings);
    System.err.printf("%s concurrency=%d workers=%s: %.1f workflows/s%n", row.system(), concurrency, workers == null ? "-" : workers, row.workflowsPerSecond());
    return row;
  }

  /** The server's version and durability settings; refuses to measure a server that does not fsync its commits. */
  private static String describeServer(Database database) {
    try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      String version = single(statement, "SHOW server_version");
      String fsync = single(statement, "SHOW fsync");
      String synchronousCommit = single(statement, "SHOW synchronous_commit");
      String fullPageWrites = single(statement, "SHOW full_page_writes");
      if (!"on".equals(fsync) || !"on".equals(synchronousCommit)) {
        throw new IllegalStateException("The benchmark needs a durable server, but fsync=" + fsync + " synchronous_commit=" + synchronousCommit);
      }
      return "PostgreSQL " + version + " (embedded): fsync=" + fsync + " synchronous_commit=" + synchronousCommit
          + " full_page_writes=" + fullPageWrites + "; cores=" + Runtime.getRuntime().availableProcessors();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the server settings: " + e.getMessage(), e);
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  private static void execute(Database database, String sql) {
    try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
