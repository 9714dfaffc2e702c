package dev.opsflow.local.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.event.ruler.Machine;

/**
 * An immutable snapshot of the bus's rules, with one event-ruler {@link Machine} per event bus holding the
 * enabled rules' patterns: an event is matched only against the rules of the bus it was put on.
 */
final class RuleSet {
  static final RuleSet EMPTY = of(List.of(), -1);

  private final Map<String, TreeMap<String, EventRule>> byBus;
  private final Map<String, Machine> machines;
  private final long version;

  private RuleSet(Map<String, TreeMap<String, EventRule>> byBus, Map<String, Machine> machines, long version) {
    this.byBus = byBus;
    this.machines = machines;
    this.version = version;
  }

  static RuleSet of(Collection<EventRule> rules, long version) {
    Map<String, TreeMap<String, EventRule>> byBus = new HashMap<>();
    Map<String, Machine> machines = new HashMap<>();
    for (EventRule rule : rules) {
      byBus.computeIfAbsent(rule.eventBus(), b -> new TreeMap<>()).put(rule.name(), rule);
      if (rule.eventPattern() != null && rule.state() == RuleState.ENABLED) {
        try {
          machines.computeIfAbsent(rule.eventBus(), b -> Machine.builder().build()).addRule(rule.name(), rule.eventPattern());
        } catch (IOException e) {
          throw EventsApiException.invalidPattern(e.getMessage());
        }
      }
    }
    return new RuleSet(byBus, machines, version);
  }

  long version() {
    return version;
  }

  /** The enabled pattern rules of {@code bus} that match {@code eventJson}, by name. */
  List<EventRule> matching(String bus, String eventJson) {
    Machine machine = machines.get(bus);
    if (machine == null) {
      return List.of();
    }
    List<String> names;
    try {
      names = machine.rulesForJSONEvent(eventJson);
    } catch (Exception e) {
      // event-ruler declares `throws Exception`; our envelopes are always valid JSON, so this is a bug.
      throw new IllegalStateException("event-ruler could not read an event: " + e.getMessage(), e);
    }
    TreeMap<String, EventRule> rules = byBus.get(bus);
    return names.stream().distinct().sorted().map(rules::get).toList();
  }

  Optional<EventRule> find(String bus, String name) {
    return Optional.ofNullable(byBus.getOrDefault(bus, new TreeMap<>()).get(name));
  }

  /** The rules of {@code bus}, by name. */
  List<EventRule> onBus(String bus) {
    return new ArrayList<>(byBus.getOrDefault(bus, new TreeMap<>()).values());
  }
}
