package dev.opsflow.shared.outbox;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotificationPolicy.EventRoute;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.config.RecipientRef;
import dev.opsflow.shared.intake.RecipientResolver;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.NotificationInFlightException;
import dev.opsflow.shared.notify.NotificationRejectedException;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotifierUnavailableException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers {@value OutboxEvent#NOTIFY} events to staff through {@link NotificationService}: the payload names the
 * {@code event} (a key of {@code notifications.json}'s events, e.g. {@code operator-alert}), {@code subject},
 * {@code body}, and optionally {@code request_id} and {@code team} (the assigned team, for assigned-team
 * recipients). Channels and recipients come from the event's route: a team reference on Slack is the team's
 * channel, anyone else is reached at their own address for the channel. Each message's idempotency key is the
 * outbox id with channel and address, so a republished event sends nothing twice.
 */
public final class NotificationPublisher implements OutboxPublisher {
  private final NotificationService notifications;
  private final NotificationPolicy policy;
  private final RecipientResolver resolver;

  public NotificationPublisher(NotificationService notifications, NotificationPolicy policy) {
    this.notifications = notifications;
    this.policy = policy;
    this.resolver = new RecipientResolver(policy);
  }

  @Override
  public List<PublishOutcome> publish(List<OutboxRecord> batch) {
    return batch.stream().map(this::deliver).toList();
  }

  private PublishOutcome deliver(OutboxRecord record) {
    ObjectNode payload = record.payload();
    NotificationEvent event;
    try {
      event = NotificationEvent.fromWire(payload.path("event").asText());
    } catch (IllegalArgumentException e) {
      return PublishOutcome.rejected(record.id(), e.getMessage());
    }
    EventRoute route = policy.events().get(event);
    if (route == null) {
      return PublishOutcome.rejected(record.id(), "notifications.json has no route for " + event.wireName());
    }
    Optional<Team> team = Optional.ofNullable(policy.teams().get(payload.path("team").asText(null)));
    String requestId = payload.path("request_id").asText(null);
    String rejected = null;
    for (NotifyChannel channel : route.channels()) {
      for (String address : addresses(channel, route.recipients(), team)) {
        String key = record.id() + "|" + channel.wireName() + "|" + address;
        try {
          notifications.send(new Notification(
              key, requestId, event, channel, address, payload.path("subject").asText(null), payload.path("body").asText("")));
        } catch (NotifierUnavailableException | NotificationInFlightException e) {
          return PublishOutcome.failed(record.id(), channel.wireName() + " to " + address + ": " + e.getMessage());
        } catch (NotificationRejectedException e) {
          // The others still get theirs; the event is reported as rejected once all were tried.
          rejected = channel.wireName() + " to " + address + ": " + e.getMessage();
        }
      }
    }
    return rejected == null ? PublishOutcome.published(record.id()) : PublishOutcome.rejected(record.id(), rejected);
  }

  private List<String> addresses(NotifyChannel channel, List<RecipientRef> refs, Optional<Team> team) {
    Set<String> addresses = new LinkedHashSet<>();
    List<RecipientRef> people = new ArrayList<>();
    for (RecipientRef ref : refs) {
      Optional<String> slackChannel = ref.kind() == RecipientRef.Kind.TEAM
          ? Optional.ofNullable(policy.teams().get(ref.id())).flatMap(Team::slackChannel)
          : Optional.empty();
      if (channel == NotifyChannel.SLACK && slackChannel.isPresent()) {
        addresses.add(slackChannel.get());
      } else {
        people.add(ref);
      }
    }
    for (Person person : resolver.resolve(people, team)) {
      Optional<String> address = switch (channel) {
        case EMAIL -> person.email();
        case SMS -> person.phone();
        case SLACK -> person.slack();
      };
      address.ifPresent(addresses::add);
    }
    return List.copyOf(addresses);
  }
}
