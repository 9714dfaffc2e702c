package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import dev.opsflow.local.engine.EngineClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dead-letter store, for operators (the dashboard, {@code opsflow events dead-letters}): list what could not
 * be delivered and why, and replay a letter once the cause is fixed. Replay routes an unmatched event against
 * today's rules, and sends a failed delivery again to its rule's target as it is now defined (or, if the rule or
 * target is gone, to the target and input it had); the bus's workers then deliver it. Everything is in the
 * database, so any process on it may list and replay.
 */
public final class DeadLetters {
  private final DataSource dataSource;
  private final EngineClock clock;
  private final RuleCatalog rules;
  private final EventRouter router;

  DeadLetters(DataSource dataSource, EngineClock clock, RuleCatalog rules, EventRouter router) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.rules = rules;
    this.router = router;
  }

  /** A dead-letter store over {@code dataSource}, for a process that does not run the bus itself. */
  public static DeadLetters open(DataSource dataSource, EngineClock clock, BusSettings settings) {
    RuleCatalog catalog = new RuleCatalog(dataSource, clock);
    return new DeadLetters(dataSource, clock, catalog, new EventRouter(settings));
  }

  /** Letters not yet replayed, newest first (at most 100). */
  public List<DeadLetter> list() {
    return list(false, 100);
  }

  /** Newest first, at most {@code limit}; replayed ones too when {@code includeReplayed}. */
  public List<DeadLetter> list(boolean includeReplayed, int limit) {
    return Jdbc.withConnection(dataSource, "list dead letters", c -> DeadLetterRows.list(c, includeReplayed, limit));
  }

  public Optional<DeadLetter> find(long id) {
    return Jdbc.withConnection(dataSource, "read dead letter " + id, c -> DeadLetterRows.find(c, id, false));
  }

  /** Replays letter {@code id}; throws {@link NoSuchElementException} when there is no such letter. */
  public ReplayResult replay(long id) {
    return Jdbc.inTransaction(dataSource, "replay dead letter " + id, c -> {
      DeadLetter letter = DeadLetterRows.find(c, id, true).orElseThrow(() -> new NoSuchElementException("No dead letter " + id));
      if (letter.isReplayed()) {
        return new ReplayResult(id, false, List.of(), "already replayed at " + letter.replayedAt() + ": " + letter.replayNote());
      }
      Instant now = clock.now();
      EventRows.StoredEvent event = EventRows.event(c, letter.eventId()).orElseThrow();
      List<PlannedDelivery> deliveries = plan(c, letter, event, now);
      if (deliveries.isEmpty()) {
        return new ReplayResult(id, false, List.of(), "still no enabled rule with targets on event bus " + event.eventBus() + " matches the event");
      }
      List<Long> ids = EventRows.insertDeliveries(c, event.id(), deliveries, now);
      String note = "replayed as deliveries " + ids;
      DeadLetterRows.markReplayed(c, id, now, note);
      return new ReplayResult(id, true, ids, note);
    });
  }

  private List<PlannedDelivery> plan(Connection c, DeadLetter letter, EventRows.StoredEvent event, Instant now) throws SQLException {
    RuleSet current = rules.current(c);
    if (letter.reason() == DeadLetterReason.NO_MATCHING_RULE) {
      return router.route(current, event.eventBus(), event.event(), now);
    }
    Optional<RuleTarget> target =
        current.find(event.eventBus(), letter.ruleName()).flatMap(r -> r.targets().stream().filter(t -> t.id().equals(letter.targetId())).findFirst());
    if (target.isPresent()) {
      EventRule rule = current.find(event.eventBus(), letter.ruleName()).orElseThrow();
      return List.of(router.forTarget(rule, target.get(), event.event(), now));
    }
    Long deliveryId = DeadLetterRows.deliveryId(c, letter.id());
    PlannedDelivery before = EventRows.delivery(c, deliveryId).orElseThrow();
    return List.of(new PlannedDelivery(
        before.ruleName(), before.ruleArn(), before.targetId(), before.targetArn(), before.input(), before.maxRetries(),
        now.plus(Duration.between(event.receivedAt(), before.expiresAt()))));
  }
}
