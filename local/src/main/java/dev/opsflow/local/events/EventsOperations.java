package dev.opsflow.local.events;

import dev.opsflow.local.events.EventsShapes.DeadLetterView;
import dev.opsflow.local.events.EventsShapes.ListDeadLettersRequest;
import dev.opsflow.local.events.EventsShapes.ListDeadLettersResponse;
import dev.opsflow.local.events.EventsShapes.ListRulesRequest;
import dev.opsflow.local.events.EventsShapes.ListTargetsByRuleRequest;
import dev.opsflow.local.events.EventsShapes.PutEventsRequest;
import dev.opsflow.local.events.EventsShapes.PutEventsResponse;
import dev.opsflow.local.events.EventsShapes.PutEventsResultEntry;
import dev.opsflow.local.events.EventsShapes.PutRuleRequest;
import dev.opsflow.local.events.EventsShapes.PutTargetsRequest;
import dev.opsflow.local.events.EventsShapes.RemoveTargetsRequest;
import dev.opsflow.local.events.EventsShapes.ReplayDeadLetterRequest;
import dev.opsflow.local.events.EventsShapes.ReplayDeadLetterResponse;
import dev.opsflow.local.events.EventsShapes.RuleNameRequest;
import dev.opsflow.local.events.EventsShapes.TestEventPatternRequest;
import dev.opsflow.local.events.EventsShapes.TestEventPatternResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operations the EventBridge HTTP API serves, by {@code X-Amz-Target}: AWS's under {@code AWSEvents.}, the
 * dead-letter extensions under {@code OpsflowLocal.} (used by {@code opsflow events dead-letters}).
 */
final class EventsOperations {
  static final String AWS_PREFIX = "AWSEvents.";
  static final String OPSFLOW_PREFIX = "OpsflowLocal.";

  /** One operation: the request type to parse the body into, and the call. */
  record Operation<Q>(Class<Q> requestType, Function<Q, Object> call) {
    Object invoke(Object request) {
      return call.apply(requestType.cast(request));
    }
  }

  private final Map<String, Operation<?>> operations = new HashMap<>();

  EventsOperations(EventBus bus) {
    RuleOperations rules = new RuleOperations(bus);
    aws("PutEvents", PutEventsRequest.class, r -> putEvents(bus, r));
    aws("PutRule", PutRuleRequest.class, rules::putRule);
    aws("DescribeRule", RuleNameRequest.class, rules::describeRule);
    aws("DeleteRule", RuleNameRequest.class, rules::deleteRule);
    aws("EnableRule", RuleNameRequest.class, r -> rules.setState(r, RuleState.ENABLED));
    aws("DisableRule", RuleNameRequest.class, r -> rules.setState(r, RuleState.DISABLED));
    aws("ListRules", ListRulesRequest.class, rules::listRules);
    aws("PutTargets", PutTargetsRequest.class, rules::putTargets);
    aws("RemoveTargets", RemoveTargetsRequest.class, rules::removeTargets);
    aws("ListTargetsByRule", ListTargetsByRuleRequest.class, rules::listTargets);
    aws("TestEventPattern", TestEventPatternRequest.class, EventsOperations::testEventPattern);
    opsflow("ListDeadLetters", ListDeadLettersRequest.class, r -> listDeadLetters(bus.deadLetters(), r));
    opsflow("ReplayDeadLetter", ReplayDeadLetterRequest.class, r -> replay(bus.deadLetters(), r));
  }

  Optional<Operation<?>> find(String target) {
    return Optional.ofNullable(target).map(operations::get);
  }

  private <Q> void aws(String name, Class<Q> requestType, Function<Q, Object> call) {
    operations.put(AWS_PREFIX + name, new Operation<>(requestType, call));
  }

  private <Q> void opsflow(String name, Class<Q> requestType, Function<Q, Object> call) {
    operations.put(OPSFLOW_PREFIX + name, new Operation<>(requestType, call));
  }

  private static PutEventsResponse putEvents(EventBus bus, PutEventsRequest r) {
    List<PutEventsEntry> entries = r.entries() == null ? null : r.entries().stream().map(EventsShapes.PutEventsRequestEntry::toEntry).toList();
    PutEventsResult result = bus.putEvents(entries);
    return new PutEventsResponse(
        result.failedEntryCount(),
        result.entries().stream().map(e -> new PutEventsResultEntry(e.eventId(), e.errorCode(), e.errorMessage())).toList());
  }

  private static TestEventPatternResponse testEventPattern(TestEventPatternRequest r) {
    return new TestEventPatternResponse(
        EventPatterns.matches(RuleOperations.required(r.eventPattern(), "eventPattern"), RuleOperations.required(r.event(), "event")));
  }

  private static ListDeadLettersResponse listDeadLetters(DeadLetters letters, ListDeadLettersRequest r) {
    int limit = r.limit() == null ? 100 : Math.max(1, Math.min(r.limit(), 1000));
    return new ListDeadLettersResponse(letters.list(Boolean.TRUE.equals(r.includeReplayed()), limit).stream().map(EventsOperations::view).toList());
  }

  private static ReplayDeadLetterResponse replay(DeadLetters letters, ReplayDeadLetterRequest r) {
    long id = RuleOperations.required(r.id(), "id");
    try {
      ReplayResult result = letters.replay(id);
      return new ReplayDeadLetterResponse(result.deadLetterId(), result.replayed(), result.deliveryIds(), result.note());
    } catch (NoSuchElementException e) {
      throw new EventsApiException("ResourceNotFoundException", "Dead letter " + id + " does not exist.");
    }
  }

  static DeadLetterView view(DeadLetter d) {
    return new DeadLetterView(
        d.id(), d.eventId(), d.eventBus(), d.event(), d.reason().name(), d.errorCode(), d.errorMessage(), d.ruleName(), d.targetId(),
        d.targetArn(), d.attempts(), EventsJson.epochSeconds(d.deadAt()), EventsJson.epochSeconds(d.replayedAt()), d.replayNote());
  }
}
