package dev.opsflow.local.cli;

import dev.opsflow.local.events.EventsCommand;
import dev.opsflow.local.ingress.IngressCommand;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code opsflow}: the command line of the local runtime. */
@Command(
    name = "opsflow",
    mixinStandardHelpOptions = true,
    version = "opsflow 0.1.0",
    description = "Operational workflows as durable infrastructure.",
    subcommands = {
      AslCommand.class, LocalCommand.class, EventsCommand.class, LedgerCommand.class, IngressCommand.class, BackupCommand.class,
      RestoreCommand.class
    })
public final class OpsflowCli implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with the built-in subcommands and every {@link OpsflowCommand} on the classpath. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new OpsflowCli());
    for (OpsflowCommand command : ServiceLoader.load(OpsflowCommand.class)) {
      cli.addSubcommand(command);
    }
    return cli;
  }
}
