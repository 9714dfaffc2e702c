package dev.opsflow.webapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.opsflow.db.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code opsflow users create-admin} reading the password from standard input, against the test database. */
class UsersCommandTest {
  final InputStream originalIn = System.in;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void clean() {
    TestPostgres.truncate("sessions", "users");
  }

  @AfterEach
  void restore() {
    System.setIn(originalIn);
  }

  int run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    CommandLine cli = new CommandLine(new UsersCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  String url() {
    // The embedded test server's superuser; a real deployment passes OPSFLOW_DB_USER and OPSFLOW_DB_PASSWORD.
    String url = ((HikariDataSource) TestPostgres.dataSource()).getJdbcUrl();
    return url + (url.contains("?") ? "&" : "?") + "user=postgres";
  }

  @Test
  void createAdmin_withAPasswordOnStdin_createsAnAdminWhoCanLogIn() {
    // WHEN the command runs with a password on stdin
    int code = run("a long enough password\n", "create-admin", "--email", "Owner@Example.com", "--db-url", url());
    // THEN an admin exists with that (normalised) address and the password verifies
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Created admin owner@example.com");
    var credentials = new UserStore(TestPostgres.dataSource(), Clock.systemUTC()).credentials("owner@example.com").orElseThrow();
    assertThat(credentials.user().role()).isEqualTo(Role.ADMIN);
    assertThat(Passwords.verify("a long enough password", credentials.passwordHash())).isTrue();
  }

  @Test
  void createAdmin_refusesNoPasswordOrAWeakOne() {
    // WHEN stdin is empty, or the password is short  THEN nothing is created (there is no default password)
    assertThat(run("", "create-admin", "--email", "owner@example.com", "--db-url", url())).isEqualTo(2);
    assertThat(run("short\n", "create-admin", "--email", "owner@example.com", "--db-url", url())).isEqualTo(2);
    assertThat(err.toString()).contains("No password given", "at least 12 characters");
    assertThat(new UserStore(TestPostgres.dataSource(), Clock.systemUTC()).count()).isZero();
  }
}
