package dev.opsflow.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresStateMachineStoreTest {
  static final String ARN = "arn:aws:states:us-east-1:111111111111:stateMachine:orders";
  static final Instant CREATED = Instant.parse("2026-02-01T10:00:00Z");

  PostgresStateMachineStore store;

  @BeforeEach
  void cleanDatabase() {
    store = TestDatabase.clean().stateMachineStore();
  }

  static StateMachineRecord revision(String arn, String name, String revisionId, String definition) {
    return new StateMachineRecord(
        arn, name, StateMachineType.STANDARD, definition, "arn:aws:iam::111111111111:role/r", revisionId, CREATED,
        (ObjectNode) Json.parse("{\"level\":\"OFF\",\"includeExecutionData\":false}"), null, null, null, Map.of("team", "ops"));
  }

  @Test
  void createThenFind_returnsTheRecordAsSaved() {
    // GIVEN a new machine
    StateMachineRecord machine = revision(ARN, "orders", "rev-1", "{\"StartAt\":\"A\"}");

    // WHEN it is created and read
    boolean created = store.create(machine);

    // THEN it is found by ARN and by revision, equal to what was saved
    assertThat(created).isTrue();
    assertThat(store.find(ARN)).contains(machine);
    assertThat(store.revision("rev-1")).contains(machine);
    assertThat(store.find(ARN + "-other")).isEmpty();
  }

  @Test
  void createTwice_secondIsRefusedAndItsRevisionNotSaved() {
    // GIVEN an existing machine
    store.create(revision(ARN, "orders", "rev-1", "{}"));

    // WHEN the same ARN is created with another revision
    boolean created = store.create(revision(ARN, "orders", "rev-2", "{\"other\":true}"));

    // THEN it is refused, and nothing of it was kept
    assertThat(created).isFalse();
    assertThat(store.find(ARN).orElseThrow().revisionId()).isEqualTo("rev-1");
    assertThat(store.revision("rev-2")).isEmpty();
  }

  @Test
  void update_makesTheNewRevisionCurrentAndKeepsTheOld() {
    // GIVEN a machine at rev-1
    store.create(revision(ARN, "orders", "rev-1", "{\"v\":1}"));

    // WHEN it is updated to rev-2, and an unknown machine is updated
    boolean updated = store.update(revision(ARN, "orders", "rev-2", "{\"v\":2}"));
    boolean unknown = store.update(revision(ARN + "x", "ordersx", "rev-3", "{}"));

    // THEN rev-2 is current, rev-1 still readable, and the unknown update changed nothing
    assertThat(updated).isTrue();
    assertThat(store.find(ARN).orElseThrow().definition()).isEqualTo("{\"v\":2}");
    assertThat(store.revision("rev-1").orElseThrow().definition()).isEqualTo("{\"v\":1}");
    assertThat(unknown).isFalse();
    assertThat(store.revision("rev-3")).isEmpty();
  }

  @Test
  void publish_numbersVersionsPerMachineAndFindsThemByQualifiedArn() {
    // GIVEN a machine published, updated and published again
    store.create(revision(ARN, "orders", "rev-1", "{\"v\":1}"));
    StateMachineRecord v1 = store.publish(ARN, "first");
    store.update(revision(ARN, "orders", "rev-2", "{\"v\":2}"));

    // WHEN the second version is published
    StateMachineRecord v2 = store.publish(ARN, null);

    // THEN versions are numbered 1, 2 with their revisions, newest first, and found by ARN:N
    assertThat(v1.arn()).isEqualTo(ARN + ":1");
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.versionDescription()).isEqualTo("first");
    assertThat(v1.revisionId()).isEqualTo("rev-1");
    assertThat(v2.arn()).isEqualTo(ARN + ":2");
    assertThat(v2.revisionId()).isEqualTo("rev-2");
    assertThat(store.versions(ARN)).extracting(StateMachineRecord::version).containsExactly(2, 1);
    assertThat(store.find(ARN + ":1").orElseThrow().definition()).isEqualTo("{\"v\":1}");
    assertThat(store.find(ARN + ":3")).isEmpty();
  }

  @Test
  void publish_unknownMachine_failsWithAwsMessage() {
    assertThatThrownBy(() -> store.publish(ARN, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("State Machine Does Not Exist: '" + ARN + "'");
  }

  @Test
  void delete_removesMachineAndVersionsButKeepsRevisions() {
    // GIVEN a published machine
    store.create(revision(ARN, "orders", "rev-1", "{}"));
    store.publish(ARN, null);

    // WHEN it is deleted (twice)
    boolean deleted = store.delete(ARN);
    boolean again = store.delete(ARN);

    // THEN it and its versions are gone, its revision stays for running executions
    assertThat(deleted).isTrue();
    assertThat(again).isFalse();
    assertThat(store.find(ARN)).isEmpty();
    assertThat(store.find(ARN + ":1")).isEmpty();
    assertThat(store.versions(ARN)).isEmpty();
    assertThat(store.revision("rev-1")).isPresent();
  }

  @Test
  void list_returnsCurrentRevisionsByName() {
    // GIVEN two machines, one updated
    String other = "arn:aws:states:us-east-1:111111111111:stateMachine:alpha";
    store.create(revision(ARN, "orders", "rev-1", "{}"));
    store.create(revision(other, "alpha", "rev-a", "{}"));
    store.update(revision(ARN, "orders", "rev-2", "{}"));

    // WHEN they are listed
    var list = store.list();

    // THEN by name, each at its current revision
    assertThat(list).extracting(StateMachineRecord::name).containsExactly("alpha", "orders");
    assertThat(list).extracting(StateMachineRecord::revisionId).containsExactly("rev-a", "rev-2");
  }
}
