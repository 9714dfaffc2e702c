package dev.opsflow.local.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The state machine registry in memory. */
public final class InMemoryStateMachineStore implements StateMachineStore {
  private final Map<String, StateMachineRecord> current = new TreeMap<>();
  private final Map<String, StateMachineRecord> revisions = new HashMap<>();
  private final Map<String, List<StateMachineRecord>> versions = new HashMap<>();

  @Override
  public synchronized boolean create(StateMachineRecord machine) {
    if (current.containsKey(machine.arn())) {
      return false;
    }
    current.put(machine.arn(), machine);
    revisions.put(machine.revisionId(), machine);
    return true;
  }

  @Override
  public synchronized Optional<StateMachineRecord> find(String arn) {
    StateMachineRecord machine = current.get(arn);
    if (machine != null) {
      return Optional.of(machine);
    }
    int colon = arn.lastIndexOf(':');
    String base = colon < 0 ? arn : arn.substring(0, colon);
    return versions.getOrDefault(base, List.of()).stream().filter(v -> arn.equals(v.arn())).findFirst();
  }

  @Override
  public synchronized boolean update(StateMachineRecord machine) {
    if (!current.containsKey(machine.arn())) {
      return false;
    }
    current.put(machine.arn(), machine);
    revisions.put(machine.revisionId(), machine);
    return true;
  }

  @Override
  public synchronized List<StateMachineRecord> list() {
    List<StateMachineRecord> list = new ArrayList<>(current.values());
    list.sort(Comparator.comparing(StateMachineRecord::name));
    return list;
  }

  @Override
  public synchronized boolean delete(String arn) {
    versions.remove(arn);
    return current.remove(arn) != null;
  }

  @Override
  public synchronized Optional<StateMachineRecord> revision(String revisionId) {
    return Optional.ofNullable(revisions.get(revisionId));
  }

  @Override
  public synchronized StateMachineRecord publish(String arn, String description) {
    StateMachineRecord machine = current.get(arn);
    if (machine == null) {
      throw new IllegalArgumentException("State Machine Does Not Exist: '" + arn + "'");
    }
    List<StateMachineRecord> list = versions.computeIfAbsent(arn, k -> new ArrayList<>());
    int number = list.isEmpty() ? 1 : list.get(0).version() + 1;
    StateMachineRecord version =
        new StateMachineRecord(
            arn + ":" + number,
            machine.name(),
            machine.type(),
            machine.definition(),
            machine.roleArn(),
            machine.revisionId(),
            machine.creationDate(),
            machine.loggingConfiguration(),
            machine.tracingConfiguration(),
            number,
            description,
            machine.tags());
    list.add(0, version);
    return version;
  }

  @Override
  public synchronized List<StateMachineRecord> versions(String arn) {
    return List.copyOf(versions.getOrDefault(arn, List.of()));
  }
}
