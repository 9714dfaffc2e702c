package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an accepted event into deliveries: one per target of every enabled rule of its bus whose pattern
 * matches (event-ruler), each with the target's input computed now, as EventBridge does at match time.
 */
final class EventRouter {
  private final BusSettings settings;

  EventRouter(BusSettings settings) {
    this.settings = settings;
  }

  /** The deliveries of {@code event}; empty when no enabled rule with targets matches it. */
  List<PlannedDelivery> route(RuleSet rules, String bus, ObjectNode event, Instant receivedAt) {
    List<PlannedDelivery> deliveries = new ArrayList<>();
    for (EventRule rule : rules.matching(bus, Json.write(event))) {
      deliveries.addAll(forRule(rule, event, receivedAt));
    }
    return deliveries;
  }

  /** The deliveries of {@code event} to every target of {@code rule} (a schedule's event, a replay). */
  List<PlannedDelivery> forRule(EventRule rule, ObjectNode event, Instant receivedAt) {
    List<PlannedDelivery> deliveries = new ArrayList<>();
    for (RuleTarget target : rule.targets()) {
      deliveries.add(forTarget(rule, target, event, receivedAt));
    }
    return deliveries;
  }

  PlannedDelivery forTarget(EventRule rule, RuleTarget target, ObjectNode event, Instant receivedAt) {
    String ruleArn = rule.arn(settings.region(), settings.account());
    RetryPolicy retry = target.retryPolicy() == null ? settings.defaultRetry() : target.retryPolicy();
    String input = TargetInputs.compute(target, rule.name(), ruleArn, event, EventEnvelope.timestamp(receivedAt));
    return new PlannedDelivery(
        rule.name(), ruleArn, target.id(), target.arn(), input, retry.maximumRetryAttempts(), receivedAt.plus(retry.maximumEventAge()));
  }
}
