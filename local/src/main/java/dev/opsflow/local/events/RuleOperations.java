package dev.opsflow.local.events;

import dev.opsflow.local.events.EventsShapes.InputTransformerShape;
import dev.opsflow.local.events.EventsShapes.ListRulesRequest;
import dev.opsflow.local.events.EventsShapes.ListRulesResponse;
import dev.opsflow.local.events.EventsShapes.ListTargetsByRuleRequest;
import dev.opsflow.local.events.EventsShapes.ListTargetsByRuleResponse;
import dev.opsflow.local.events.EventsShapes.PutRuleRequest;
import dev.opsflow.local.events.EventsShapes.PutRuleResponse;
import dev.opsflow.local.events.EventsShapes.PutTargetsRequest;
import dev.opsflow.local.events.EventsShapes.RemoveTargetsRequest;
import dev.opsflow.local.events.EventsShapes.RetryPolicyShape;
import dev.opsflow.local.events.EventsShapes.RuleNameRequest;
import dev.opsflow.local.events.EventsShapes.RuleView;
import dev.opsflow.local.events.EventsShapes.TargetShape;
import dev.opsflow.local.events.EventsShapes.TargetsResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule and target operations of the EventBridge API (PutRule ... ListTargetsByRule) over an {@link EventBus}. */
final class RuleOperations {
  private final EventBus bus;

  RuleOperations(EventBus bus) {
    this.bus = bus;
  }

  PutRuleResponse putRule(PutRuleRequest r) {
    required(r.name(), "name");
    RuleState state = r.state() == null ? RuleState.ENABLED : state(r.state());
    EventRule rule = bus.putRule(
        new EventRule(r.name(), EventIntake.busName(r.eventBusName()), r.description(), state, r.eventPattern(), r.scheduleExpression(), List.of()),
        true);
    return new PutRuleResponse(arn(rule));
  }

  RuleView describeRule(RuleNameRequest r) {
    return view(find(required(r.name(), "name"), r.eventBusName()));
  }

  Map<String, Object> deleteRule(RuleNameRequest r) {
    String bus = EventIntake.busName(r.eventBusName());
    this.bus.rule(bus, required(r.name(), "name")).ifPresent(rule -> {
      if (!rule.targets().isEmpty() && !Boolean.TRUE.equals(r.force())) {
        throw EventsApiException.validation("Rule can't be deleted since it has targets.");
      }
      this.bus.deleteRule(bus, rule.name());
    });
    return Map.of();
  }

  Map<String, Object> setState(RuleNameRequest r, RuleState state) {
    EventRule rule = find(required(r.name(), "name"), r.eventBusName());
    bus.putRule(new EventRule(rule.name(), rule.eventBus(), rule.description(), state, rule.eventPattern(), rule.scheduleExpression(), rule.targets()), false);
    return Map.of();
  }

  ListRulesResponse listRules(ListRulesRequest r) {
    List<RuleView> views = bus.rules(EventIntake.busName(r.eventBusName())).stream()
        .filter(rule -> r.namePrefix() == null || rule.name().startsWith(r.namePrefix()))
        .map(this::view)
        .toList();
    Page<RuleView> page = page(views, r.nextToken(), r.limit());
    return new ListRulesResponse(page.items(), page.nextToken());
  }

  TargetsResponse putTargets(PutTargetsRequest r) {
    EventRule rule = find(required(r.rule(), "rule"), r.eventBusName());
    Map<String, RuleTarget> targets = new LinkedHashMap<>();
    rule.targets().forEach(t -> targets.put(t.id(), t));
    for (TargetShape t : required(r.targets(), "targets")) {
      targets.put(t.id(), target(t));
    }
    bus.putRule(rule.withTargets(new ArrayList<>(targets.values())), false);
    return new TargetsResponse(0, List.of());
  }

  TargetsResponse removeTargets(RemoveTargetsRequest r) {
    EventRule rule = find(required(r.rule(), "rule"), r.eventBusName());
    List<String> ids = required(r.ids(), "ids");
    bus.putRule(rule.withTargets(rule.targets().stream().filter(t -> !ids.contains(t.id())).toList()), false);
    return new TargetsResponse(0, List.of());
  }

  ListTargetsByRuleResponse listTargets(ListTargetsByRuleRequest r) {
    EventRule rule = find(required(r.rule(), "rule"), r.eventBusName());
    Page<TargetShape> page = page(rule.targets().stream().map(RuleOperations::shape).toList(), r.nextToken(), r.limit());
    return new ListTargetsByRuleResponse(page.items(), page.nextToken());
  }

  private EventRule find(String name, String busNameOrArn) {
    String busName = EventIntake.busName(busNameOrArn);
    return bus.rule(busName, name).orElseThrow(() -> EventsApiException.ruleNotFound(name, busName));
  }

  private String arn(EventRule rule) {
    return rule.arn(bus.settings().region(), bus.settings().account());
  }

  private RuleView view(EventRule rule) {
    return new RuleView(
        rule.name(), arn(rule), rule.eventPattern(), rule.scheduleExpression(), rule.state().name(), rule.description(), rule.eventBus(),
        bus.settings().account());
  }

  private static RuleTarget target(TargetShape t) {
    InputTransformer transformer =
        t.inputTransformer() == null ? null : new InputTransformer(t.inputTransformer().inputPathsMap(), t.inputTransformer().inputTemplate());
    RetryPolicy retry = null;
    if (t.retryPolicy() != null) {
      RetryPolicy d = RetryPolicy.EVENTBRIDGE_DEFAULT;
      Integer attempts = t.retryPolicy().maximumRetryAttempts();
      Integer age = t.retryPolicy().maximumEventAgeInSeconds();
      retry = new RetryPolicy(attempts == null ? d.maximumRetryAttempts() : attempts, age == null ? d.maximumEventAge() : Duration.ofSeconds(age));
    }
    if (t.input() != null && TargetInputs.parseJson(t.input()).isEmpty()) {
      throw EventsApiException.validation("Input for target " + t.id() + " is not valid JSON text.");
    }
    return new RuleTarget(t.id(), t.arn(), t.input(), t.inputPath(), transformer, retry);
  }

  private static TargetShape shape(RuleTarget t) {
    InputTransformerShape transformer =
        t.inputTransformer() == null ? null : new InputTransformerShape(t.inputTransformer().inputPathsMap(), t.inputTransformer().inputTemplate());
    RetryPolicyShape retry =
        t.retryPolicy() == null
            ? null
            : new RetryPolicyShape(t.retryPolicy().maximumRetryAttempts(), (int) t.retryPolicy().maximumEventAge().toSeconds());
    return new TargetShape(t.id(), t.arn(), null, t.input(), t.inputPath(), transformer, retry);
  }

  private static RuleState state(String text) {
    try {
      return RuleState.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw EventsApiException.validation(
          "1 validation error detected: Value '" + text + "' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]");
    }
  }

  static <T> T required(T value, String member) {
    if (value == null) {
      throw EventsApiException.validation("1 validation error detected: Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  private record Page<T>(List<T> items, String nextToken) {}

  /** Offset pages; the token is the base64 of the next offset. */
  private static <T> Page<T> page(List<T> all, String token, Integer limit) {
    int from = 0;
    if (token != null) {
      try {
        from = Integer.parseInt(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw EventsApiException.validation("The NextToken is not valid.");
      }
    }
    int size = limit == null || limit < 1 ? 100 : Math.min(limit, 100);
    int to = Math.min(all.size(), from + size);
    String next = to < all.size() ? Base64.getEncoder().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8)) : null;
    return new Page<>(all.subList(Math.min(from, all.size()), to), next);
  }
}
