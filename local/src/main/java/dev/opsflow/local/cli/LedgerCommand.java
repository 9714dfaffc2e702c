package dev.opsflow.local.cli;

import dev.opsflow.db.PostgresDatabase;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.shared.ledger.LedgerFinding;
import dev.opsflow.shared.ledger.LedgerReport;
import dev.opsflow.shared.ledger.LedgerVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opsflow ledger verify}: walks the audit ledger's hash chain and names every entry that was altered,
 * removed or reordered since it was written. Exit code 0: intact; 1: findings (printed, one per line).
 */
@Command(name = "ledger", description = "Check the audit-first ledger of external calls.", subcommands = {LedgerCommand.Verify.class})
public final class LedgerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", description = "Recompute the ledger's hash chain; exit 1 and name each altered, removed or reordered entry.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db-url", description = "PostgreSQL JDBC URL (default: $OPSFLOW_DB_URL, else the embedded database).")
    String dbUrl;

    @Option(names = "--data-dir", description = "Embedded PostgreSQL data directory (default: $OPSFLOW_DATA_DIR or .opsflow/data).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
      Map<String, String> env = new HashMap<>(System.getenv());
      if (dataDir != null) {
        env.put("OPSFLOW_DATA_DIR", dataDir.toString());
      }
      if (dbUrl != null) {
        env.put("OPSFLOW_DB_URL", dbUrl);
      }
      PrintWriter out = spec.commandLine().getOut();
      try (PostgresDatabase database = PostgresDatabase.start(PostgresSettings.from(env))) {
        LedgerReport report = new LedgerVerifier(database.dataSource()).verify();
        for (LedgerFinding finding : report.findings()) {
          out.println(finding);
        }
        if (report.intact()) {
          out.println("ledger intact: " + report.entriesChecked() + " entries, head seq " + report.headSeq());
          return 0;
        }
        out.println("ledger BROKEN: " + report.findings().size() + " finding(s) in " + report.entriesChecked() + " entries");
        return 1;
      }
    }
  }
}
