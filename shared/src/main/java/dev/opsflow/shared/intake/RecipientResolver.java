package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import dev.opsflow.shared.config.RecipientRef;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns config recipient references into people, relative to the team a request is assigned to. The result has no
 * duplicates and keeps the order the references give. {@code customer} resolves to nobody here: the customer is not
 * staff and is reached through the request's own contact details. Config validation guarantees every id exists.
 */
public final class RecipientResolver {
  private final NotificationPolicy policy;

  public RecipientResolver(NotificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The people the references name; {@code assignedTeam} may be empty when nothing is assigned yet. */
  public List<Person> resolve(Collection<RecipientRef> refs, Optional<Team> assignedTeam) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (RecipientRef ref : refs) {
      switch (ref.kind()) {
        case ASSIGNED_TEAM -> assignedTeam.ifPresent(team -> addMembers(team, people));
        case ASSIGNED_TEAM_LEAD -> assignedTeam.ifPresent(team -> add(team.lead(), people));
        case TEAM -> addMembers(policy.teams().get(ref.id()), people);
        case PERSON -> add(ref.id(), people);
        case ROLE -> policy.people().values().stream()
            .filter(p -> p.roles().contains(ref.id()))
            .forEach(p -> people.putIfAbsent(p.id(), p));
        case CUSTOMER -> { }
      }
    }
    return List.copyOf(people.values());
  }

  private void addMembers(Team team, Map<String, Person> people) {
    team.members().forEach(id -> add(id, people));
  }

  private void add(String personId, Map<String, Person> people) {
    Person person = policy.people().get(personId);
    if (person != null) {
      people.putIfAbsent(person.id(), person);
    }
  }
}
