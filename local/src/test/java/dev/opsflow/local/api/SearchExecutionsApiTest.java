package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.Tag;

class SearchExecutionsApiTest {
  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
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
  void businessKeyFromTaggedPath_findsExecution() {
    // GIVEN a machine whose tag names the business key, and two executions
    String machine = local.sfn.createStateMachine(b -> b.name("orders").definition(PASS).roleArn(LocalSfn.ROLE)
        .tags(Tag.builder().key("opsflow:businessKeyPath").value("$.order.id").build())).stateMachineArn();
    String wanted = local.start(machine, "first", "{\"order\":{\"id\":\"ORD-1\"}}");
    local.start(machine, "second", "{\"order\":{\"id\":\"ORD-2\"}}");

    // WHEN executions are searched by one key
    JsonNode found = local.callJson("OpsflowLocal.SearchExecutions", "{\"businessKey\":\"ORD-1\"}");

    // THEN only that execution comes, with its key
    assertThat(found.get("executions")).hasSize(1);
    assertThat(found.at("/executions/0/executionArn").asText()).isEqualTo(wanted);
    assertThat(found.at("/executions/0/businessKey").asText()).isEqualTo("ORD-1");
    assertThat(found.at("/executions/0/startDate").isNumber()).isTrue();
  }

  @Test
  void defaultBusinessKeyField_isUsedWithoutTag() {
    // GIVEN an untagged machine and an input with a businessKey field
    String machine = local.createMachine("plain", PASS);
    String arn = local.start(machine, "keyed", "{\"businessKey\":42}");

    // WHEN searched by that key, and by another
    JsonNode found = local.callJson("OpsflowLocal.SearchExecutions", "{\"businessKey\":\"42\",\"stateMachineArn\":\"" + machine + "\"}");
    JsonNode none = local.callJson("OpsflowLocal.SearchExecutions", "{\"businessKey\":\"43\"}");

    // THEN the key matched as text
    assertThat(found.at("/executions/0/executionArn").asText()).isEqualTo(arn);
    assertThat(none.get("executions")).isEmpty();
  }
}
