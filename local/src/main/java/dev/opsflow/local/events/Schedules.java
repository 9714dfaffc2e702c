package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due schedule slots: in one transaction the slot is claimed, its "Scheduled Event" is stored with a
 * delivery to each of the rule's targets, and the timer moves to the next slot. A crash before the commit fires
 * the slot again after restart; a crash after it does not: each slot fires exactly once. A disabled rule's slots
 * pass without firing; a missed slot fires once when the node is back, without making up every slot missed.
 */
final class Schedules {
  private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);

  private final DataSource dataSource;
  private final EngineClock clock;
  private final BusSettings settings;
  private final RuleCatalog rules;
  private final EventRouter router;

  Schedules(DataSource dataSource, EngineClock clock, BusSettings settings, RuleCatalog rules, EventRouter router) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.settings = settings;
    this.rules = rules;
    this.router = router;
  }

  /** Fires one due slot; false when none was due. */
  boolean fireOne() {
    Instant now = clock.now();
    return Jdbc.inTransaction(dataSource, "fire a schedule", c -> {
      Optional<ScheduleRows.Due> due = ScheduleRows.claimDue(c, now);
      if (due.isEmpty()) {
        return false;
      }
      ScheduleRows.Due slot = due.get();
      Optional<EventRule> rule = rules.current(c).find(EventRule.DEFAULT_BUS, slot.ruleName()).filter(EventRule::isScheduled);
      if (rule.isEmpty()) {
        ScheduleRows.delete(c, slot.ruleName());
        return true;
      }
      if (rule.get().state() == RuleState.ENABLED) {
        String id = UUID.randomUUID().toString();
        String ruleArn = rule.get().arn(settings.region(), settings.account());
        ObjectNode event = EventEnvelope.scheduled(id, settings.account(), slot.slot(), settings.region(), ruleArn);
        EventRows.insertEvent(c, id, EventRule.DEFAULT_BUS, event, now);
        List<PlannedDelivery> deliveries = router.forRule(rule.get(), event, now);
        EventRows.insertDeliveries(c, id, deliveries, now);
        LOG.info("Schedule {} fired its {} slot as event {} ({} targets)", slot.ruleName(), slot.slot(), id, deliveries.size());
      }
      ScheduleRows.advance(c, slot.ruleName(), slot.slot(), ScheduleExpression.parse(slot.expression()).following(slot.slot(), now));
      return true;
    });
  }

  Optional<Instant> nextDue() {
    return Jdbc.withConnection(dataSource, "find the next schedule slot", ScheduleRows::nextDue);
  }
}
