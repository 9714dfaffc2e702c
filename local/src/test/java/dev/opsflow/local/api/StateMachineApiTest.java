package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

class StateMachineApiTest {
  static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String PASS_RESULT = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,\"End\":true}}}";
  static final String BROKEN = "{\"StartAt\":\"Missing\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private LocalSfn local;

  @BeforeEach
  void startServer() throws IOException {
    local = new LocalSfn();
  }

  @AfterEach
  void stopServer() {
    local.close();
  }

  @Test
  void createWithPublish_describesMachineAndVersion() {
    // GIVEN a machine created with publish and a version description
    CreateStateMachineResponse created =
        local.sfn.createStateMachine(
            b -> b.name("orders").definition(PASS).roleArn(LocalSfn.ROLE).publish(true).versionDescription("first")
                .tags(Tag.builder().key("team").value("ops").build()));

    // WHEN both the machine and its version are described
    DescribeStateMachineResponse machine = local.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
    DescribeStateMachineResponse version = local.sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineVersionArn()));

    // THEN they carry AWS's fields, defaults and the version's description
    assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:orders");
    assertThat(created.stateMachineVersionArn()).isEqualTo(created.stateMachineArn() + ":1");
    assertThat(created.creationDate()).isNotNull();
    assertThat(machine.name()).isEqualTo("orders");
    assertThat(machine.definition()).isEqualTo(PASS);
    assertThat(machine.statusAsString()).isEqualTo("ACTIVE");
    assertThat(machine.typeAsString()).isEqualTo("STANDARD");
    assertThat(machine.roleArn()).isEqualTo(LocalSfn.ROLE);
    assertThat(machine.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
    assertThat(machine.tracingConfiguration().enabled()).isFalse();
    assertThat(machine.creationDate()).isEqualTo(created.creationDate());
    assertThat(version.description()).isEqualTo("first");
    assertThat(version.revisionId()).isEqualTo(machine.revisionId());
  }

  @Test
  void identicalCreate_isIdempotent_differentCreate_isAlreadyExists() {
    // GIVEN a machine
    String arn = local.createMachine("same", PASS);

    // WHEN it is created again identically, and then with another definition
    String again = local.createMachine("same", PASS);

    // THEN the first repeat returns it and the second is refused
    assertThat(again).isEqualTo(arn);
    assertThatThrownBy(() -> local.createMachine("same", PASS_RESULT))
        .isInstanceOf(StateMachineAlreadyExistsException.class)
        .hasMessageContaining("State Machine Already Exists: '" + arn + "'");
  }

  @Test
  void invalidCreates_areRefusedWithAwsErrors() {
    // GIVEN / WHEN / THEN each invalid request gets AWS's error type
    assertThatThrownBy(() -> local.createMachine("broken", BROKEN))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET");
    assertThatThrownBy(() -> local.createMachine("bad name", PASS))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageContaining("Invalid Name: 'bad name'");
    assertThatThrownBy(() -> local.sfn.createStateMachine(b -> b.name("v").definition(PASS).roleArn(LocalSfn.ROLE).versionDescription("d")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Version description can only be set when publish is true");
    assertThatThrownBy(() -> local.sfn.createStateMachine(b -> b.name("l").definition(PASS).roleArn(LocalSfn.ROLE)
            .loggingConfiguration(l -> l.level(LogLevel.ALL))))
        .isInstanceOf(InvalidLoggingConfigurationException.class)
        .hasMessageContaining("Must specify exactly one Log Destination.");
    assertThatThrownBy(() -> local.sfn.createStateMachine(b -> b.name("r").definition(PASS).roleArn("not-an-arn")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> local.sfn.createStateMachine(b -> b.name("n").definition(PASS)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Value null at 'roleArn'");
  }

  @Test
  void update_makesNewRevisionAndPublishesVersion() {
    // GIVEN a machine
    String arn = local.createMachine("updated", PASS);
    String firstRevision = local.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).revisionId();

    // WHEN its definition is updated and published
    UpdateStateMachineResponse updated =
        local.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS_RESULT).publish(true).versionDescription("v1"));

    // THEN the machine shows the new revision, and version 1 exists
    DescribeStateMachineResponse machine = local.sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    assertThat(updated.revisionId()).isNotEqualTo(firstRevision).isEqualTo(machine.revisionId());
    assertThat(updated.stateMachineVersionArn()).isEqualTo(arn + ":1");
    assertThat(updated.updateDate()).isNotNull();
    assertThat(machine.definition()).isEqualTo(PASS_RESULT);
  }

  @Test
  void invalidUpdates_areRefused() {
    // GIVEN a machine
    String arn = local.createMachine("kept", PASS);

    // WHEN / THEN unknown machines, empty updates and broken definitions are refused
    assertThatThrownBy(() -> local.sfn.updateStateMachine(b -> b.stateMachineArn(arn + "-gone").definition(PASS)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> local.sfn.updateStateMachine(b -> b.stateMachineArn(arn)))
        .isInstanceOf(MissingRequiredParameterException.class);
    assertThatThrownBy(() -> local.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(BROKEN)))
        .isInstanceOf(InvalidDefinitionException.class);
    assertThat(local.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition()).isEqualTo(PASS);
  }

  @Test
  void describe_unknownOrMalformedArn_isRefused() {
    // GIVEN no machine / WHEN described / THEN AWS's errors and messages
    String unknown = "arn:aws:states:us-east-1:111111111111:stateMachine:nope";
    assertThatThrownBy(() -> local.sfn.describeStateMachine(b -> b.stateMachineArn(unknown)))
        .isInstanceOf(StateMachineDoesNotExistException.class)
        .hasMessageContaining("State Machine Does Not Exist: '" + unknown + "'");
    assertThatThrownBy(() -> local.sfn.describeStateMachine(b -> b.stateMachineArn("nope")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageContaining("Invalid Arn: 'Invalid ARN prefix: nope'");
    assertThatThrownBy(() -> local.sfn.describeStateMachine(b -> b.stateMachineArn("arn:aws:states:us-east-1:111111111111:execution:a:b")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageContaining("Resource type not valid in this context: execution");
  }

  @Test
  void listStateMachines_pagesByName() {
    // GIVEN five machines
    for (String name : List.of("e", "c", "a", "d", "b")) {
      local.createMachine(name, PASS);
    }

    // WHEN listed two at a time
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListStateMachinesResponse page = local.sfn.listStateMachines(b -> b.maxResults(2).nextToken(next));
      page.stateMachines().stream().map(StateMachineListItem::name).forEach(names::add);
      assertThat(page.stateMachines()).allSatisfy(m -> assertThat(m.creationDate()).isNotNull());
      token = page.nextToken();
      pages++;
    } while (token != null);

    // THEN all come, in name order, over three pages
    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void delete_removesMachine() {
    // GIVEN a machine
    String arn = local.createMachine("gone", PASS);

    // WHEN it is deleted
    local.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

    // THEN it no longer exists
    assertThatThrownBy(() -> local.sfn.describeStateMachine(b -> b.stateMachineArn(arn)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThat(local.sfn.listStateMachines(b -> {}).stateMachines()).isEmpty();
  }

  @Test
  void validateDefinition_reportsOkOrDiagnostics() {
    // GIVEN a valid and a broken definition / WHEN validated
    ValidateStateMachineDefinitionResponse ok = local.sfn.validateStateMachineDefinition(b -> b.definition(PASS));
    ValidateStateMachineDefinitionResponse fail = local.sfn.validateStateMachineDefinition(b -> b.definition(BROKEN));

    // THEN AWS's result codes and diagnostics
    assertThat(ok.resultAsString()).isEqualTo("OK");
    assertThat(ok.diagnostics()).isEmpty();
    assertThat(fail.resultAsString()).isEqualTo("FAIL");
    assertThat(fail.diagnostics()).isNotEmpty();
    assertThat(fail.diagnostics().get(0).code()).isEqualTo("MISSING_TRANSITION_TARGET");
    assertThat(fail.diagnostics().get(0).severityAsString()).isEqualTo("ERROR");
    assertThat(fail.truncated()).isFalse();
  }
}
