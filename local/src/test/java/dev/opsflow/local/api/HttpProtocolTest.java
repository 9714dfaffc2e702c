package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire format itself: what the SDK hides (error bodies and headers, timestamp encoding, unknown operations). */
class HttpProtocolTest {
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
  void error_isHttp400WithTypeInBodyAndHeader() {
    // GIVEN no machine / WHEN one is described over raw HTTP
    HttpResponse<String> response = local.call(
        "AWSStepFunctions.DescribeStateMachine", "{\"stateMachineArn\":\"arn:aws:states:us-east-1:111111111111:stateMachine:none\"}");

    // THEN AWS's JSON 1.0 error shape
    JsonNode body = Json.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("StateMachineDoesNotExist");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
    assertThat(body.get("__type").asText()).isEqualTo("StateMachineDoesNotExist");
    assertThat(body.get("message").asText()).isEqualTo(
        "State Machine Does Not Exist: 'arn:aws:states:us-east-1:111111111111:stateMachine:none'");
  }

  @Test
  void timestamps_areEpochSecondNumbers() {
    // GIVEN / WHEN a machine is created over raw HTTP
    JsonNode created = local.callJson(
        "AWSStepFunctions.CreateStateMachine",
        "{\"name\":\"t\",\"roleArn\":\"" + LocalSfn.ROLE + "\",\"definition\":" + Json.MAPPER.valueToTree(StateMachineApiTest.PASS) + "}");

    // THEN creationDate is a number of seconds since the epoch, and absent members are omitted
    assertThat(created.get("creationDate").isNumber()).isTrue();
    assertThat(created.get("creationDate").decimalValue().longValue()).isGreaterThan(1_700_000_000L);
    assertThat(created.has("stateMachineVersionArn")).isFalse();
  }

  @Test
  void unknownOperationAndBadBody_areClientErrors() {
    // GIVEN / WHEN an unknown target and an unparsable body are sent
    HttpResponse<String> unknown = local.call("AWSStepFunctions.Teleport", "{}");
    HttpResponse<String> garbled = local.call("AWSStepFunctions.ListStateMachines", "{nope");

    // THEN both are 400 with a typed error
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Json.parse(unknown.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(Json.parse(garbled.body()).get("__type").asText()).isEqualTo("SerializationException");
  }
}
