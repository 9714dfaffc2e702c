package dev.opsflow.webapp.auth;

import dev.opsflow.db.PostgresDatabase;
import dev.opsflow.db.PostgresSettings;
import dev.opsflow.local.cli.OpsflowCommand;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opsflow users create-admin --email X}: the first admin account (there is no default password, and no
 * account exists until this runs). The password is asked twice on a terminal, or read as one line from standard
 * input when none is attached ({@code printf '%s\n' "$PW" | opsflow users create-admin --email X}). Connects to
 * the node's database the way {@code opsflow local} does ({@code --db-url}/{@code OPSFLOW_DB_URL}, else the
 * embedded one under {@code --data-dir}/{@code OPSFLOW_DATA_DIR}, which must not be running in another process).
 */
@Command(name = "users", description = "Manage dashboard accounts.", subcommands = {UsersCommand.CreateAdmin.class})
public final class UsersCommand implements Runnable, OpsflowCommand {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code users create-admin}. */
  @Command(name = "create-admin", description = "Create an admin account; the password is prompted for or read from stdin.")
  public static final class CreateAdmin implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--email", required = true, description = "The admin's e-mail address (the login name).")
    String email;

    @Option(names = "--name", description = "Display name (default: the e-mail address).")
    String name;

    @Option(names = "--data-dir", description = "Embedded PostgreSQL data directory (default: $OPSFLOW_DATA_DIR or .opsflow/data).")
    String dataDir;

    @Option(names = "--db-url", description = "PostgreSQL JDBC URL instead of the embedded database (or $OPSFLOW_DB_URL).")
    String dbUrl;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      char[] password = readPassword(err);
      if (password == null) {
        err.println("No password given: nothing was created.");
        return 2;
      }
      Map<String, String> env = new HashMap<>(System.getenv());
      if (dataDir != null) {
        env.put("OPSFLOW_DATA_DIR", dataDir);
      }
      if (dbUrl != null) {
        env.put("OPSFLOW_DB_URL", dbUrl);
      }
      try (PostgresDatabase database = PostgresDatabase.start(PostgresSettings.from(env))) {
        User user = new UserStore(database.dataSource(), Clock.systemUTC()).create(email, name, Role.ADMIN, password);
        spec.commandLine().getOut().println("Created admin " + user.email() + " (" + user.id() + ")");
        return 0;
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private static char[] readPassword(PrintWriter err) throws IOException {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password for the new admin (at least %d characters): ", Passwords.MIN_LENGTH);
        char[] second = console.readPassword("Again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
          err.println("The two passwords differ.");
          return null;
        }
        Arrays.fill(second, '\0');
        return first;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null || line.isEmpty() ? null : line.toCharArray();
    }
  }
}
