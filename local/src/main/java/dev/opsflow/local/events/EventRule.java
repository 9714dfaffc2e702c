package dev.opsflow.local.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule of the bus, as EventBridge has it: on one event bus, either an event pattern (matched with AWS's
 * event-ruler) or a schedule expression ({@code rate(...)}, {@code cron(...)}, only on the default bus), and up
 * to five targets. Checked when made ({@link EventPatterns}, {@link ScheduleExpression}), so a stored rule is
 * always valid.
 */
public record EventRule(
    String name,
    String eventBus,
    String description,
    RuleState state,
    String eventPattern,
    String scheduleExpression,
    List<RuleTarget> targets) {
  public static final String DEFAULT_BUS = "default";
  static final int MAX_TARGETS = 5;

  public EventRule {
    if (name == null || !name.matches("[\\.\\-_A-Za-z0-9]{1,64}")) {
      throw new IllegalArgumentException("Rule name must be 1 to 64 of [.-_A-Za-z0-9], not '" + name + "'");
    }
    eventBus = eventBus == null || eventBus.isBlank() ? DEFAULT_BUS : eventBus;
    state = state == null ? RuleState.ENABLED : state;
    targets = targets == null ? List.of() : List.copyOf(targets);
    if (eventPattern == null && scheduleExpression == null) {
      throw EventsApiException.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
    }
    if (eventPattern != null) {
      EventPatterns.check(eventPattern);
    }
    if (scheduleExpression != null) {
      if (!DEFAULT_BUS.equals(eventBus)) {
        throw EventsApiException.validation("ScheduleExpression is supported only on the default event bus.");
      }
      ScheduleExpression.parse(scheduleExpression);
    }
    if (targets.size() > MAX_TARGETS) {
      throw new IllegalArgumentException("Rule " + name + " has " + targets.size() + " targets; at most " + MAX_TARGETS + " are allowed");
    }
    Set<String> ids = new HashSet<>();
    for (RuleTarget target : targets) {
      if (!ids.add(target.id())) {
        throw new IllegalArgumentException("Rule " + name + " has two targets with id " + target.id());
      }
      if (target.inputTransformer() != null) {
        InputTemplates.check(target.id(), target.inputTransformer());
      }
    }
  }

  public boolean isScheduled() {
    return scheduleExpression != null;
  }

  public EventRule withTargets(List<RuleTarget> newTargets) {
    return new EventRule(name, eventBus, description, state, eventPattern, scheduleExpression, newTargets);
  }

  /** The rule's ARN: {@code rule/<name>} on the default bus, {@code rule/<bus>/<name>} on another. */
  public String arn(String region, String account) {
    String path = DEFAULT_BUS.equals(eventBus) ? name : eventBus + "/" + name;
    return "arn:aws:events:" + region + ":" + account + ":rule/" + path;
  }
}
