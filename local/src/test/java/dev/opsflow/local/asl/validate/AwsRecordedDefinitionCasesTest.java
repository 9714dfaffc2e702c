package dev.opsflow.local.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.StateMachineType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CreateStateMachine InvalidDefinition and ValidateStateMachineDefinition cases recorded against real AWS
 * (conformance corpus, copied here so the test stands alone; {@code arn:<partition>:} written back as
 * {@code arn:aws:}).
 */
class AwsRecordedDefinitionCasesTest {
  private final DefinitionValidator validator = new DefinitionValidator();

  static Stream<Arguments> refusedAtCreation() {
    String invalidDate = wait("2016-13-05T21:29:29Z");
    String timestampError =
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at"
            + " /States/WaitUntil/Timestamp'";
    String roleArnError =
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'RoleArn' is required but was"
            + " missing at /States/State0/Credentials'";
    return Stream.of(
        Arguments.of("EMPTY_CREDENTIALS", credentials("{}"), StateMachineType.STANDARD, roleArnError),
        Arguments.of("INVALID_CREDENTIALS_FIELD", credentials("{\"InvalidField\": \"invalid\"}"),
            StateMachineType.STANDARD, roleArnError),
        Arguments.of("INVALID_DATE", invalidDate, StateMachineType.STANDARD, timestampError),
        Arguments.of("INVALID_TIME", wait("2016-12-05T25:29:29Z"), StateMachineType.STANDARD, timestampError),
        Arguments.of("JSONATA", wait("{% '2016-03-14T01:59:00Z' %}"), StateMachineType.STANDARD, timestampError),
        Arguments.of("NO_T", wait("2016-12-05 21:29:29Z"), StateMachineType.STANDARD, timestampError),
        Arguments.of("NO_Z", wait("2016-12-05T21:29:29"), StateMachineType.STANDARD, timestampError),
        Arguments.of(
            "DYNAMODB_QUERY",
            """
            {"StartAt": "Query", "States": {"Query": {"Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:query", "ResultPath": "$.queryItemOutput",
              "Parameters": {"TableName.$": "$.TableName", "KeyConditionExpression": "id = :id",
                "ExpressionAttributeValues": {":id": {"S.$": "$.Item.id.S"}}}, "End": true}}}
            """,
            StateMachineType.STANDARD,
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The resource provided"
                + " arn:aws:states:::dynamodb:query is not recognized. The value is not a valid resource ARN, or the"
                + " resource is not available in this region. at /States/Query/Resource'"),
        Arguments.of(
            "EXPRESS_SYNC",
            """
            {"Comment": "SFN_START_EXECUTION_SYNC", "StartAt": "StartExecution", "States": {"StartExecution": {
              "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
              "Parameters": {"StateMachineArn.$": "$.StateMachineArn", "Input.$": "$.Input", "Name.$": "$.Name"},
              "End": true}}}
            """,
            StateMachineType.EXPRESS,
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
                + " '.sync' service integration at /States/StartExecution/Resource'"),
        Arguments.of(
            "EXPRESS_WAIT_FOR_TASK_TOKEN",
            """
            {"Comment": "SNS_PUBLISH_WAIT_FOR_TASK_TOKEN", "StartAt": "Publish", "States": {"Publish": {
              "Type": "Task", "Resource": "arn:aws:states:::sns:publish.waitForTaskToken",
              "Parameters": {"TopicArn.$": "$.TopicArn", "Message": {"TaskToken.$": "$$.Task.Token",
                "arg1.$": "$.body.arg1", "arg2.$": "$.body.arg2"}}, "End": true}}}
            """,
            StateMachineType.EXPRESS,
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support"
                + " '.waitForTaskToken' service integration  at /States/Publish/Resource'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedAtCreation")
  void awsRefusedDefinition_isRefusedWithAwsMessage(
      String name, String definition, StateMachineType type, String awsMessage) {
    // GIVEN a definition CreateStateMachine refused on AWS
    // WHEN it is checked
    // THEN the same error code and message come back
    assertThatThrownBy(() -> validator.check(definition, type))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(awsMessage)
        .extracting(e -> ((DefinitionException) e).errorCode())
        .isEqualTo("InvalidDefinition");
  }

  static Stream<Arguments> validateResponses() {
    String noStartAt = "{\"States\": {\"StartState\": {\"Type\": \"Pass\", \"End\": true}}}";
    String downgrade =
        """
        {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": true, "QueryLanguage": "JSONPath"}},
         "QueryLanguage": "JSONata"}
        """;
    String sourceLocation = "[Source: (String)\"not a definition\"; line: 1, column: 4]";
    return Stream.of(
        Arguments.of("EMPTY_STRING", " ", StateMachineType.STANDARD,
            new ValidationResult("FAIL", List.of(new Diagnostic("ERROR", "SCHEMA_VALIDATION_FAILED",
                "Definition must be a valid JSON object", null)), false)),
        Arguments.of("NOT_A_DEF", "not a definition", StateMachineType.STANDARD,
            new ValidationResult("FAIL", List.of(new Diagnostic("ERROR", "INVALID_JSON_DESCRIPTION",
                "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null',"
                    + " 'true' or 'false')\n at " + sourceLocation, sourceLocation)), false)),
        Arguments.of("NO_STARTAT_STANDARD", noStartAt, StateMachineType.STANDARD, requiredStartAt()),
        Arguments.of("NO_STARTAT_EXPRESS", noStartAt, StateMachineType.EXPRESS, requiredStartAt()),
        Arguments.of("DOWNGRADE_STANDARD", downgrade, StateMachineType.STANDARD, downgraded()),
        Arguments.of("DOWNGRADE_EXPRESS", downgrade, StateMachineType.EXPRESS, downgraded()),
        Arguments.of("VALID_BASE_PASS",
            "{\"StartAt\": \"StartState\", \"States\": {\"StartState\": {\"Type\": \"Pass\", \"End\": true}}}",
            StateMachineType.STANDARD, new ValidationResult("OK", List.of(), false)),
        Arguments.of("VALID_QUERY_LANGUAGE_PASS",
            """
            {"StartAt": "Map", "QueryLanguage": "JSONPath", "States": {"Map": {"Type": "Map",
              "QueryLanguage": "JSONata", "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"},
                "StartAt": "Pass", "States": {"Pass": {"QueryLanguage": "JSONPath", "Type": "Pass", "End": true}}},
              "End": true}}}
            """,
            StateMachineType.STANDARD, new ValidationResult("OK", List.of(), false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validateResponses")
  void recordedDefinition_validatesAsAwsAnswered(
      String name, String definition, StateMachineType type, ValidationResult awsResponse) {
    // GIVEN a definition sent to ValidateStateMachineDefinition on AWS
    // WHEN it is validated for the API
    ValidationResult result = validator.validateForApi(definition, type, null);
    // THEN the response equals AWS's
    assertThat(result).isEqualTo(awsResponse);
  }

  private static ValidationResult requiredStartAt() {
    return new ValidationResult("FAIL", List.of(new Diagnostic("ERROR", "SCHEMA_VALIDATION_FAILED",
        "These fields are required: [StartAt]", "/")), false);
  }

  private static ValidationResult downgraded() {
    return new ValidationResult("FAIL", List.of(new Diagnostic("ERROR", "SCHEMA_VALIDATION_FAILED",
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", "/States/Pass")),
        false);
  }

  private static String wait(String timestamp) {
    return """
        {"Comment": "WAIT_TIMESTAMP", "StartAt": "WaitUntil", "States": {"WaitUntil": {"Type": "Wait",
          "Timestamp": "%s", "End": true}}}
        """.formatted(timestamp);
  }

  private static String credentials(String credentials) {
    return """
        {"StartAt": "State0", "QueryLanguage": "JSONata", "States": {"State0": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{%% $state.input %%}",
          "Credentials": %s, "End": true}}}
        """.formatted(credentials);
  }
}
