package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.intake.Urgency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is told what and when ({@code config/notifications.json}): people and teams, the channels and recipients of
 * each event, business hours, the SLA per urgency and the escalation ladder per urgency.
 */
public record NotificationPolicy(
    String version,
    Map<String, Person> people,
    Map<String, Team> teams,
    Map<NotificationEvent, EventRoute> events,
    BusinessHours businessHours,
    Map<Urgency, Sla> sla,
    Map<Urgency, List<EscalationRung>> escalation) {

  /** A member of staff (or a pager) and how to reach them. */
  public record Person(
      String id, String name, Optional<String> email, Optional<String> phone, Optional<String> slack, Set<String> roles) {
    public Person {
      roles = Set.copyOf(roles);
    }
  }

  /** A team: its lead, its members (person ids) and its Slack channel. */
  public record Team(String id, String name, String lead, List<String> members, Optional<String> slackChannel) {
    public Team {
      members = List.copyOf(members);
    }
  }

  /** Channels and default recipients of one event. */
  public record EventRoute(List<NotifyChannel> channels, List<RecipientRef> recipients, boolean preferRequestChannel) {
    public EventRoute {
      channels = List.copyOf(channels);
      recipients = List.copyOf(recipients);
    }
  }

  public NotificationPolicy {
    people = Nodes.ordered(people);
    teams = Nodes.ordered(teams);
    events = Nodes.ordered(events);
    sla = Nodes.ordered(sla);
    escalation = Nodes.ordered(escalation);
  }

  static NotificationPolicy fromJson(JsonNode root) {
    Map<NotificationEvent, EventRoute> events = new EnumMap<>(NotificationEvent.class);
    root.path("events").properties().forEach(e -> events.put(
        NotificationEvent.fromWire(e.getKey()),
        new EventRoute(
            Nodes.list(e.getValue().path("channels"), n -> NotifyChannel.fromWire(n.asText())),
            Nodes.list(e.getValue().path("recipients"), n -> RecipientRef.parse(n.asText())),
            Nodes.bool(e.getValue(), "prefer_request_channel", false))));
    Map<Urgency, Sla> sla = new EnumMap<>(Urgency.class);
    Map<Urgency, List<EscalationRung>> ladders = new EnumMap<>(Urgency.class);
    for (Urgency urgency : Urgency.values()) {
      sla.put(urgency, Sla.fromJson(root.path("sla").path(urgency.wireName())));
      ladders.put(urgency, Nodes.list(root.path("escalation").path(urgency.wireName()), EscalationRung::fromJson));
    }
    return new NotificationPolicy(
        Nodes.text(root, "version"),
        byId(Nodes.list(root.path("people"), NotificationPolicy::person), Person::id),
        byId(Nodes.list(root.path("teams"), NotificationPolicy::team), Team::id),
        events,
        BusinessHours.fromJson(root.path("business_hours")),
        sla,
        ladders);
  }

  private static Person person(JsonNode n) {
    return new Person(
        Nodes.text(n, "id"),
        Nodes.text(n, "name"),
        Optional.ofNullable(Nodes.textOrNull(n, "email")),
        Optional.ofNullable(Nodes.textOrNull(n, "phone")),
        Optional.ofNullable(Nodes.textOrNull(n, "slack")),
        Set.copyOf(Nodes.strings(n.path("roles"))));
  }

  private static Team team(JsonNode n) {
    return new Team(
        Nodes.text(n, "id"),
        Nodes.text(n, "name"),
        Nodes.text(n, "lead"),
        Nodes.strings(n.path("members")),
        Optional.ofNullable(Nodes.textOrNull(n, "slack_channel")));
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(item -> out.put(id.apply(item), item));
    return out;
  }
}
