package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code opsflow events dead-letters list|replay} against a running node's EventBridge API. */
class EventsCommandTest {
  private LocalEventBridge eventBridge;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    eventBridge = new LocalEventBridge(new BusHarness());
  }

  @AfterEach
  void stop() {
    eventBridge.close();
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EventsCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] withEndpoint = Stream.concat(Arrays.stream(args), Stream.of("--endpoint", eventBridge.api.endpoint().toString()))
        .toArray(String[]::new);
    return cli.execute(withEndpoint);
  }

  @Test
  void list_showsUnmatchedEvents_andReplay_deliversThemOnceARuleExists() throws InterruptedException {
    // GIVEN an event nothing matched
    BusHarness h = eventBridge.harness;
    String machine = h.machine("opsflow-client-onboarding");
    h.put("opsflow", "opsflow.contracts", "ContractSigned", "{\"customer_id\": \"cus-7\"}");
    // WHEN an operator lists the dead letters
    int listed = run("dead-letters", "list");
    // THEN it shows the letter, its reason and its event
    assertThat(listed).isZero();
    assertThat(out.toString()).contains("NO_MATCHING_RULE", "(no rule)", "\"customer_id\":\"cus-7\"");
    long id = h.deadLetters().getFirst().id();
    // AND replaying before a rule exists says so and fails
    assertThat(run("dead-letters", "replay", String.valueOf(id))).isEqualTo(1);
    assertThat(err.toString()).contains("still no enabled rule");
    // WHEN a rule is added and the operator replays it
    h.bus.putRule(BusHarness.patternRule("contract-signed", "opsflow", "{\"source\": [\"opsflow.contracts\"]}", RuleTarget.of("m", machine)), false);
    int replayed = run("dead-letters", "replay", String.valueOf(id));
    h.drainFor(Duration.ofMinutes(1));
    // THEN the event reaches its machine and the list is empty
    assertThat(replayed).isZero();
    assertThat(out.toString()).contains("Dead letter " + id + ": replayed as deliveries");
    assertThat(h.executions(machine)).hasSize(1);
    out.getBuffer().setLength(0);
    run("dead-letters", "list");
    assertThat(out.toString()).contains("No dead letters.");
  }

  @Test
  void noNodeRunning_isAClearError() {
    // GIVEN an endpoint nothing listens on
    CommandLine cli = new CommandLine(new EventsCommand());
    cli.setErr(new PrintWriter(err, true));
    // WHEN / THEN
    assertThat(cli.execute("dead-letters", "list", "--endpoint", "http://localhost:1")).isNotZero();
    assertThat(err.toString()).contains("No event bus answers at http://localhost:1");
  }
}
