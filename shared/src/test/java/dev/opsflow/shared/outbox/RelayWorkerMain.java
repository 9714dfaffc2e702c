package dev.opsflow.shared.outbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * A relay process for {@link OutboxRelayCrashTest}: relays the outbox of the database at {@code args[0]} to the
 * PutEvents endpoint at {@code args[1]} until it is killed. Prints READY once its loop runs.
 */
public final class RelayWorkerMain {
  private RelayWorkerMain() {}

  public static void main(String[] args) throws InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername("postgres");
    config.setMaximumPoolSize(2);
    HikariDataSource dataSource = new HikariDataSource(config);
    OutboxRelay relay = new OutboxRelay(
        dataSource,
        Map.of(OutboxEvent.EVENT_BUS, new EventBridgePublisher(OutboxTestData.client(URI.create(args[1])), "opsflow")),
        RelayPolicy.defaults(),
        Clock.systemUTC());
    System.out.println("READY");
    System.out.flush();
    while (true) {
      if (relay.relayOnce().claimed() == 0) {
        Thread.sleep(20);
      }
    }
  }
}
