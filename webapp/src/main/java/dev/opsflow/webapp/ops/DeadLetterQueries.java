package dev.opsflow.webapp.ops;

import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.events.BusSettings;
import dev.opsflow.local.events.DeadLetter;
import dev.opsflow.local.events.DeadLetters;
import dev.opsflow.local.events.ReplayResult;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The local event bus's dead letters through the bus's own API ({@link DeadLetters}): list, and replay once the
 * cause is fixed (the bus re-plans the delivery against today's rules). In AWS the bus's dead letters are an SQS
 * queue the operators watch in the console; there the tables are absent, the list is empty and nothing replays.
 */
public final class DeadLetterQueries {
  private final DataSource dataSource;
  private final DeadLetters deadLetters;

  public DeadLetterQueries(DataSource dataSource) {
    this.dataSource = dataSource;
    EngineSettings engine = EngineSettings.defaults();
    this.deadLetters = DeadLetters.open(dataSource, EngineClock.system(), BusSettings.defaults(engine.region(), engine.account()));
  }

  public boolean available() {
    return Tables.exists(dataSource, "bus_dead_letters");
  }

  /** Newest first, at most {@code limit}; replayed ones only when asked. */
  public List<DeadLetterRow> recent(boolean includeReplayed, int limit) {
    return available() ? deadLetters.list(includeReplayed, limit).stream().map(DeadLetterQueries::row).toList() : List.of();
  }

  /** Replays letter {@code id}; empty when there is no such letter (or no bus here). */
  public Optional<ReplayResult> replay(long id) {
    if (!available()) {
      return Optional.empty();
    }
    try {
      return Optional.of(deadLetters.replay(id));
    } catch (NoSuchElementException e) {
      return Optional.empty();
    }
  }

  private static DeadLetterRow row(DeadLetter d) {
    String error = (d.errorCode() == null ? "" : d.errorCode() + ": ") + (d.errorMessage() == null ? "" : d.errorMessage());
    return new DeadLetterRow(d.id(), d.eventId(), d.event().path("detail-type").asText(null), d.event().path("source").asText(null),
        d.reason().name().toLowerCase(Locale.ROOT), error, d.ruleName(), d.attempts(), d.deadAt(), d.replayedAt());
  }
}
