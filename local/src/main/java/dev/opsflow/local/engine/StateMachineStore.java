package dev.opsflow.local.engine;

import java.util.List;
import java.util.Optional;

/**
 * The registry of state machines, their revisions and published versions. Revisions are never forgotten (an
 * execution may still run one after its machine was updated or deleted).
 */
public interface StateMachineStore {
  /** Saves a new machine (its first revision); false when a machine of that ARN exists. */
  boolean create(StateMachineRecord machine);

  /** The current revision of a machine, or a published version when the ARN ends in {@code :N}. */
  Optional<StateMachineRecord> find(String arn);

  /** Makes {@code machine} (a new revision id) the current revision of its ARN; false when there is none. */
  boolean update(StateMachineRecord machine);

  /** Current revisions of all machines, by name. */
  List<StateMachineRecord> list();

  /** Deletes a machine (and its versions) from the registry; false when unknown. */
  boolean delete(String arn);

  /** Any revision ever saved, by id. */
  Optional<StateMachineRecord> revision(String revisionId);

  /** Publishes the current revision as the next version number; the record returned has {@code version} set. */
  StateMachineRecord publish(String arn, String description);

  /** Published versions of a machine, newest first. */
  List<StateMachineRecord> versions(String arn);
}
