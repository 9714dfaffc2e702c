package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import dev.opsflow.local.engine.EngineClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The bus's rules, kept in {@code bus_rules} (the database is the one source of truth, so every process and the
 * dead-letter replay see the same rules) and cached as a {@link RuleSet} that is rebuilt when the version counter
 * moves. Scheduled rules keep their timer row in step, in the same transaction.
 */
final class RuleCatalog {
  static final String FILE = "file";
  static final String API = "api";

  private final DataSource dataSource;
  private final EngineClock clock;
  private volatile RuleSet cached = RuleSet.EMPTY;

  RuleCatalog(DataSource dataSource, EngineClock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The current rules (one cheap version query; a reload only after a change). */
  RuleSet current() {
    return Jdbc.withConnection(dataSource, "read the bus rules", this::current);
  }

  RuleSet current(Connection connection) throws SQLException {
    long version = RuleRows.version(connection);
    RuleSet rules = cached;
    if (rules.version() != version) {
      rules = RuleSet.of(RuleRows.all(connection), version);
      cached = rules;
    }
    return rules;
  }

  Optional<EventRule> find(String bus, String name) {
    return current().find(bus, name);
  }

  /** Creates or replaces a rule (PutRule, PutTargets, RemoveTargets). */
  void put(EventRule rule, String origin) {
    Jdbc.inTransaction(dataSource, "save rule " + rule.name(), c -> {
      store(c, rule, origin);
      RuleRows.bump(c);
      return null;
    });
  }

  boolean delete(String bus, String name) {
    return Jdbc.inTransaction(dataSource, "delete rule " + name, c -> {
      boolean deleted = RuleRows.delete(c, bus, name);
      if (deleted && EventRule.DEFAULT_BUS.equals(bus)) {
        ScheduleRows.delete(c, name);
      }
      RuleRows.bump(c);
      return deleted;
    });
  }

  /**
   * Makes the file rules ({@code events/rules/*.json}) the stored ones: each is saved (a changed schedule starts
   * anew), and a file rule whose file is gone is deleted. Rules made through the API are left alone.
   */
  void syncFiles(List<EventRule> rules) {
    Jdbc.inTransaction(dataSource, "load the rule files", c -> {
      Set<String> kept = new HashSet<>();
      for (EventRule rule : rules) {
        store(c, rule, FILE);
        kept.add(rule.eventBus() + "/" + rule.name());
      }
      for (String[] key : RuleRows.fileRules(c)) {
        if (!kept.contains(key[0] + "/" + key[1])) {
          RuleRows.delete(c, key[0], key[1]);
          if (EventRule.DEFAULT_BUS.equals(key[0])) {
            ScheduleRows.delete(c, key[1]);
          }
        }
      }
      RuleRows.bump(c);
      return null;
    });
  }

  private void store(Connection c, EventRule rule, String origin) throws SQLException {
    RuleRows.upsert(c, rule, origin, clock.now());
    if (rule.isScheduled()) {
      Optional<Instant> first = ScheduleExpression.parse(rule.scheduleExpression()).first(clock.now());
      if (first.isPresent()) {
        ScheduleRows.keep(c, rule.name(), rule.scheduleExpression(), first.get());
      }
    } else if (EventRule.DEFAULT_BUS.equals(rule.eventBus())) {
      ScheduleRows.delete(c, rule.name());
    }
  }
}
