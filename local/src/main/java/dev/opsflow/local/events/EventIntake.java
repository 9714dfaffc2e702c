package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * PutEvents: checks the request as EventBridge does (1 to 10 entries, the size limit), each entry (Source,
 * DetailType and Detail required, Detail a JSON object), and accepts the valid entries durably: each event with
 * its deliveries, or its dead letter when nothing matches, in one transaction, before the caller gets an id.
 */
final class EventIntake {
  static final int MAX_ENTRIES = 10;

  private final DataSource dataSource;
  private final EngineClock clock;
  private final BusSettings settings;
  private final RuleCatalog rules;
  private final EventRouter router;

  EventIntake(DataSource dataSource, EngineClock clock, BusSettings settings, RuleCatalog rules, EventRouter router) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.settings = settings;
    this.rules = rules;
    this.router = router;
  }

  private record Accepted(String id, String bus, ObjectNode event) {}

  PutEventsResult put(List<PutEventsEntry> entries) {
    checkRequest(entries);
    Instant now = clock.now();
    List<PutEventsResult.Entry> results = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (PutEventsEntry entry : entries) {
      Optional<PutEventsResult.Entry> error = checkEntry(entry);
      if (error.isPresent()) {
        results.add(error.get());
        continue;
      }
      String id = UUID.randomUUID().toString();
      JsonNode detail = TargetInputs.parseJson(entry.detail()).orElseThrow();
      ObjectNode event = EventEnvelope.of(
          id, entry.detailType(), entry.source(), settings.account(), entry.time() == null ? now : entry.time(), settings.region(),
          entry.resources(), detail);
      accepted.add(new Accepted(id, busName(entry.eventBusName()), event));
      results.add(new PutEventsResult.Entry(id, null, null));
    }
    if (!accepted.isEmpty()) {
      Jdbc.inTransaction(dataSource, "accept events", c -> {
        RuleSet current = rules.current(c);
        for (Accepted a : accepted) {
          store(c, current, a, now);
        }
        return null;
      });
    }
    int failed = (int) results.stream().filter(PutEventsResult.Entry::failed).count();
    return new PutEventsResult(failed, results);
  }

  private void store(Connection c, RuleSet current, Accepted a, Instant now) throws SQLException {
    EventRows.insertEvent(c, a.id(), a.bus(), a.event(), now);
    List<PlannedDelivery> deliveries = router.route(current, a.bus(), a.event(), now);
    if (deliveries.isEmpty()) {
      DeadLetterRows.insert(c, unmatched(a.id(), a.bus()), now);
    } else {
      EventRows.insertDeliveries(c, a.id(), deliveries, now);
    }
  }

  static DeadLetterRows.NewDeadLetter unmatched(String eventId, String bus) {
    return new DeadLetterRows.NewDeadLetter(
        eventId, null, DeadLetterReason.NO_MATCHING_RULE, "NoMatchingRule",
        "No enabled rule with targets on event bus " + bus + " matches the event.", null, null, null, 0);
  }

  private void checkRequest(List<PutEventsEntry> entries) {
    if (entries == null) {
      throw EventsApiException.validation(
          "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
    }
    if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
      String listed = entries.stream().map(EventIntake::describe).collect(Collectors.joining(", ", "[", "]"));
      String constraint = entries.isEmpty() ? "Member must have length greater than or equal to 1" : "Member must have length less than or equal to 10";
      throw EventsApiException.validation(
          "1 validation error detected: Value '" + listed + "' at 'entries' failed to satisfy constraint: " + constraint);
    }
    int size = entries.stream().mapToInt(PutEventsEntry::size).sum();
    if (size > settings.maxRequestBytes()) {
      throw EventsApiException.validation("Total size of the entries in the request is over the limit.");
    }
  }

  private static Optional<PutEventsResult.Entry> checkEntry(PutEventsEntry entry) {
    if (entry.source() == null || entry.source().isEmpty()) {
      return error("InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.");
    }
    if (entry.detailType() == null || entry.detailType().isEmpty()) {
      return error("InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
    }
    if (entry.detail() == null || entry.detail().isEmpty()) {
      return error("InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.");
    }
    if (TargetInputs.parseJson(entry.detail()).filter(JsonNode::isObject).isEmpty()) {
      return error("MalformedDetail", "Detail is malformed.");
    }
    return Optional.empty();
  }

  private static Optional<PutEventsResult.Entry> error(String code, String message) {
    return Optional.of(new PutEventsResult.Entry(null, code, message));
  }

  /** The bus an entry names: a name, or the name at the end of an event bus ARN; {@code default} when absent. */
  static String busName(String nameOrArn) {
    if (nameOrArn == null || nameOrArn.isBlank()) {
      return EventRule.DEFAULT_BUS;
    }
    int slash = nameOrArn.lastIndexOf("event-bus/");
    return slash >= 0 ? nameOrArn.substring(slash + "event-bus/".length()) : nameOrArn;
  }

  private static String describe(PutEventsEntry e) {
    return "PutEventsRequestEntry(Time=" + e.time() + ", Source=" + e.source() + ", Resources=" + e.resources() + ", DetailType="
        + e.detailType() + ", Detail=" + e.detail() + ", EventBusName=" + e.eventBusName() + ", TraceHeader=" + e.traceHeader() + ")";
  }
}
