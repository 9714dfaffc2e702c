package dev.opsflow.local.workflows.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.cli.LedgerCommand;
import dev.opsflow.shared.ledger.LedgerEntry;
import dev.opsflow.shared.ledger.LedgerKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `opsflow ledger verify` after an onboarding: intact, then one tampered row named, then intact again once restored. */
class LedgerVerifyCommandTest {
  final OnboardingHarness harness = new OnboardingHarness();

  @AfterEach
  void stop() {
    harness.close();
  }

  record Run(int exitCode, String output) {}

  static Run verify() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new LedgerCommand());
    cli.setOut(new PrintWriter(out, true));
    int code = cli.execute("verify", "--db-url", TestPostgres.database().jdbcUrl() + "?user=postgres");
    return new Run(code, out.toString());
  }

  /** Changes a row's body as only a superuser can: with the append-only trigger disabled. */
  static void setBody(long seq, String bodyJson) throws SQLException {
    try (Connection connection = TestPostgres.dataSource().getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only");
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE ledger_entries SET body = ?::jsonb WHERE seq = ?")) {
        update.setString(1, bodyJson);
        update.setLong(2, seq);
        update.executeUpdate();
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only");
        }
      }
    }
  }

  @Test
  void tamperedStripeResponse_isNamedByLedgerVerify() throws SQLException {
    // GIVEN an onboarding whose calls are in the ledger, which verifies intact
    harness.run(harness.contract("premium"));
    assertThat(verify()).isEqualTo(new Run(0, verify().output()));
    assertThat(verify().output()).contains("ledger intact");
    LedgerEntry stripeAnswer =
        harness.ledger().stream()
            .filter(e -> e.record().integration().equals("stripe") && e.record().kind() == LedgerKind.RESPONSE)
            .reduce((first, last) -> last).orElseThrow();
    String original = dev.opsflow.shared.json.Json.write(stripeAnswer.record().body());

    try {
      // WHEN someone with the owner's rights rewrites Stripe's answer (another customer id) and verify runs
      setBody(stripeAnswer.seq(), original.replace(ApiStubs.CUSTOMER_ID, "cus_FORGED000000"));
      Run tampered = verify();

      // THEN it exits 1 naming exactly that entry
      assertThat(tampered.exitCode()).isEqualTo(1);
      assertThat(tampered.output())
          .contains("ALTERED seq " + stripeAnswer.seq() + " (entry " + stripeAnswer.record().entryId() + ")")
          .contains("ledger BROKEN: 1 finding(s)");
    } finally {
      // ... and once the row is put back, the chain verifies again
      setBody(stripeAnswer.seq(), original);
    }
    assertThat(verify().exitCode()).isZero();
  }
}
