package dev.opsflow.local.events;

import dev.opsflow.local.engine.EngineClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The local EventBridge: PutEvents accepts events durably (each with its deliveries, or its dead letter, in the
 * request's transaction), rules route them (event-ruler patterns, or schedules), and {@link #runOnce()} fires due
 * schedule slots and delivers due deliveries with retries. All state is in PostgreSQL, so several processes may
 * share it and a crash loses nothing accepted. Drive it with {@link BusWorkers}, or by hand in tests ({@link
 * #drainUntil} on a virtual clock).
 */
public final class EventBus {
  private final EngineClock clock;
  private final BusSettings settings;
  private final RuleCatalog rules;
  private final EventIntake intake;
  private final Deliveries deliveries;
  private final Schedules schedules;
  private final DeadLetters deadLetters;
  private volatile Runnable workListener = () -> {};

  public EventBus(DataSource dataSource, EngineClock clock, BusSettings settings, TargetInvoker targets) {
    this.clock = clock;
    this.settings = settings;
    this.rules = new RuleCatalog(dataSource, clock);
    EventRouter router = new EventRouter(settings);
    this.intake = new EventIntake(dataSource, clock, settings, rules, router);
    this.deliveries = new Deliveries(dataSource, clock, settings, targets);
    this.schedules = new Schedules(dataSource, clock, settings, rules, router);
    this.deadLetters = new DeadLetters(dataSource, clock, rules, router);
  }

  public BusSettings settings() {
    return settings;
  }

  public EngineClock clock() {
    return clock;
  }

  /** PutEvents; throws {@link EventsApiException} for a request EventBridge refuses as a whole. */
  public PutEventsResult putEvents(List<PutEventsEntry> entries) {
    PutEventsResult result = intake.put(entries);
    if (result.failedEntryCount() < entries.size()) {
      workListener.run();
    }
    return result;
  }

  public DeadLetters deadLetters() {
    return deadLetters;
  }

  /** Makes the rule files the stored file rules (at start); rules made through the API stay. */
  public void loadFileRules(List<EventRule> fileRules) {
    rules.syncFiles(fileRules);
  }

  /** Creates or replaces a rule, keeping its targets when {@code keepTargets} and it exists (PutRule does). */
  public EventRule putRule(EventRule rule, boolean keepTargets) {
    EventRule saved = keepTargets ? rules.find(rule.eventBus(), rule.name()).map(r -> rule.withTargets(r.targets())).orElse(rule) : rule;
    rules.put(saved, RuleCatalog.API);
    workListener.run();
    return saved;
  }

  public Optional<EventRule> rule(String bus, String name) {
    return rules.find(bus, name);
  }

  public List<EventRule> rules(String bus) {
    return rules.current().onBus(bus);
  }

  /** Deletes a rule; false when it did not exist. */
  public boolean deleteRule(String bus, String name) {
    return rules.delete(bus, name);
  }

  /** Fires one due schedule slot or makes one due delivery; false when nothing was due. */
  public boolean runOnce() {
    return schedules.fireOne() || deliveries.deliverOne();
  }

  /** When something is next due (a schedule slot or a delivery), if anything is. */
  public Optional<Instant> nextDue() {
    return Stream.of(schedules.nextDue(), deliveries.nextDue()).flatMap(Optional::stream).min(Instant::compareTo);
  }

  /**
   * Does everything due up to {@code horizon}, waiting on the clock between (a virtual clock jumps), and leaves
   * the clock at {@code horizon} or later.
   */
  public void drainUntil(Instant horizon) throws InterruptedException {
    while (true) {
      if (runOnce()) {
        continue;
      }
      Optional<Instant> due = nextDue();
      if (due.isEmpty() || due.get().isAfter(horizon)) {
        clock.waitUntil(horizon);
        return;
      }
      clock.waitUntil(due.get());
    }
  }

  /** Called whenever new work may be due (workers wake up instead of waiting for their next poll). */
  void onWork(Runnable listener) {
    this.workListener = listener;
  }
}
