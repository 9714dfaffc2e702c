package dev.opsflow.local.cli;

import dev.opsflow.local.backup.Backups;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opsflow restore FILE}: replaces the node's database with a backup. Stop the node first. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the node's database with a backup made by `opsflow backup` (stop the node first).")
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.dump or .zip).")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("No such backup: " + file);
      return 2;
    }
    try {
      String method = new Backups(database.env(), Clock.systemUTC()).restore(database.settings(), file);
      out.println("restored: " + file + " (" + method + ")");
      return 0;
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
