package dev.opsflow.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The relay survives SIGKILL mid-publish: a child JVM relays the outbox and is killed while the bus holds its
 * answer to a PutEvents call it has already processed, three times, and restarted each time. Every event must
 * still be published, the bus must have seen the killed batches again, and the consumer must have dropped those
 * repeats by {@code detail.event_id}, processing each event once.
 */
class OutboxRelayCrashTest {
  private static final int EVENTS = 60;
  private static final int KILLS = 3;

  @Test
  void relayKilledMidPublish_deliversEveryEventAndTheReceiverDropsTheRepeats() throws Exception {
    // GIVEN 60 committed events and a bus that processes each call but answers only 1.5 s later
    DataSource dataSource = TestPostgres.dataSource();
    TestPostgres.truncate("outbox");
    List<UUID> ids = OutboxTestData.appendCommitted(dataSource, EVENTS, Clock.systemUTC());
    try (PutEventsReceiver receiver = new PutEventsReceiver()) {
      receiver.holdAnswers(Duration.ofMillis(1500));
      String jdbcUrl = TestPostgres.database().jdbcUrl();
      Process relay = start(jdbcUrl, receiver);
      try {
        // WHEN the relay is killed three times while a PutEvents answer is on its way, and restarted
        for (int kill = 0; kill < KILLS; kill++) {
          assertThat(receiver.awaitRequest(Duration.ofSeconds(60))).as("a PutEvents call before kill %d", kill).isTrue();
          relay.destroyForcibly();
          assertThat(relay.waitFor(30, TimeUnit.SECONDS)).isTrue();
          relay = start(jdbcUrl, receiver);
        }
        receiver.holdAnswers(Duration.ZERO);
        awaitAllPublished(dataSource);
      } finally {
        relay.destroyForcibly();
        relay.waitFor(30, TimeUnit.SECONDS);
      }

      // THEN every event was published and processed once; the killed calls came again and were dropped
      assertThat(OutboxTestData.count(dataSource, "SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
      assertThat(receiver.processed()).isEqualTo(ids.stream().map(UUID::toString).collect(Collectors.toSet()));
      assertThat(receiver.duplicatesDropped()).isGreaterThanOrEqualTo(KILLS);
      assertThat(receiver.entries()).hasSize(EVENTS + receiver.duplicatesDropped());
    }
  }

  private static Process start(String jdbcUrl, PutEventsReceiver receiver) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process process = new ProcessBuilder(
            java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
            RelayWorkerMain.class.getName(), jdbcUrl, receiver.endpoint().toString())
        .redirectErrorStream(true)
        .start();
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread.ofPlatform().daemon().start(() -> drain(output));
    return process;
  }

  /** Keeps the child's pipe from filling up (its log is of no interest unless it fails to relay, which the asserts show). */
  private static void drain(BufferedReader output) {
    try {
      while (output.readLine() != null) {
        // discard
      }
    } catch (IOException e) {
      // the child was killed
    }
  }

  private static void awaitAllPublished(DataSource dataSource) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    while (OutboxTestData.count(dataSource, "SELECT count(*) FROM outbox WHERE published_at IS NULL") > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
  }
}
