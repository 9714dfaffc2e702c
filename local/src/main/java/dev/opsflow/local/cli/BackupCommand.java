package dev.opsflow.local.cli;

import dev.opsflow.db.PostgresSettings;
import dev.opsflow.local.backup.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opsflow backup}: a backup of the node's database (running or stopped) into the backup directory, and
 * removal of backups past the retention. The systemd timer runs it nightly.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the node's database (pg_dump -Fc, or opsflow's logical backup) and prune old backups.")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(names = "--dir", description = "Backup directory (default: $OPSFLOW_BACKUP_DIR or <data dir>/backups).")
  Path dir;

  @Option(names = "--keep-days", description = "Delete backups older than this many days (default: $OPSFLOW_BACKUP_KEEP_DAYS or 14).")
  Integer keepDays;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> env = database.env();
    PostgresSettings settings = database.settings();
    Path directory = dir != null ? dir : Path.of(env.getOrDefault("OPSFLOW_BACKUP_DIR", settings.dataDirectory().resolve("backups").toString()));
    int days = keepDays != null ? keepDays : Integer.parseInt(env.getOrDefault("OPSFLOW_BACKUP_KEEP_DAYS", "14"));
    Backups.Made made = new Backups(env, Clock.systemUTC()).backup(settings, directory, Duration.ofDays(days));
    out.println("backup: " + made.file() + " (" + made.method() + ")");
    made.deleted().forEach(old -> out.println("deleted: " + old));
    return 0;
  }
}
