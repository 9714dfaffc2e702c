package dev.opsflow.shared.workflow;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotificationPolicy.EventRoute;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.intake.RecipientResolver;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells staff about a request as {@code notifications.json} says: the event's recipients (resolved against the
 * team the request is routed to) on the event's channels, or a given list of people and channels (an escalation
 * rung). One notification per person and channel, keyed by the step, the person and the channel, so a retried
 * step sends none twice; a person without an address on a channel is skipped on that channel.
 */
public final class StaffAlerts {
  private final NotificationPolicy policy;
  private final NotificationService notifications;
  private final RecipientResolver resolver;

  public StaffAlerts(NotificationPolicy policy, NotificationService notifications) {
    this.policy = policy;
    this.notifications = notifications;
    this.resolver = new RecipientResolver(policy);
  }

  /** Sends {@code message} for {@code event} to the event's configured recipients on its channels. */
  public List<NotificationRecord> toEventRecipients(
      StepRef step, String requestId, NotificationEvent event, String teamId, StaffMessages.Message message) {
    EventRoute route = policy.events().get(event);
    Optional<Team> team = Optional.ofNullable(teamId).map(policy.teams()::get);
    return send(step, requestId, event, resolver.resolve(route.recipients(), team), route.channels(), message);
  }

  /** Sends {@code message} to the people named by id on the channels named by wire name (an escalation rung). */
  public List<NotificationRecord> toPeople(
      StepRef step, String requestId, NotificationEvent event, List<String> personIds, List<String> channels,
      StaffMessages.Message message) {
    List<Person> people = personIds.stream().map(policy.people()::get).filter(p -> p != null).toList();
    List<NotifyChannel> via = channels.stream().map(c -> NotifyChannel.valueOf(c.toUpperCase(java.util.Locale.ROOT))).toList();
    return send(step, requestId, event, people, via, message);
  }

  private List<NotificationRecord> send(
      StepRef step, String requestId, NotificationEvent event, List<Person> people, List<NotifyChannel> channels,
      StaffMessages.Message message) {
    List<NotificationRecord> sent = new ArrayList<>();
    for (Person person : people) {
      for (NotifyChannel channel : channels) {
        Optional<String> address = switch (channel) {
          case EMAIL -> person.email();
          case SMS -> person.phone();
          case SLACK -> person.slack();
        };
        address.ifPresent(to -> sent.add(notifications.send(new Notification(
            step.idempotencyKey(person.id() + "#" + channel.wireName()), requestId,
            event, channel, to, message.subject(), message.body()))));
      }
    }
    return sent;
  }
}
