package dev.opsflow.tofu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each check passes on the good fixture and fails, naming the problem, on a deliberately broken copy of it. */
class BrokenInputTest {
  @TempDir Path tempDir;

  @Test
  void goodFixture_passesEveryCheck() {
    // GIVEN a minimal repository wired the way tofu/README.md describes
    CheckContext context = TofuChecks.context(Fixtures.repository(tempDir, null), Fixtures.tools());

    // WHEN every check runs
    List<Finding> findings = TofuChecks.runAll(context);

    // THEN none finds anything
    assertThat(findings).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> [{1}] {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "parse                       | parse        | Invalid expression",
        "variable-untyped            | variables    | has no type",
        "variable-untyped            | variables    | has no description",
        "function-without-module     | functions    | functions/gamma-step/pom.xml does not exist",
        "module-not-in-manifest      | functions    | missing from functions/manifest.json",
        "lambda-not-from-manifest    | functions    | for_each does not iterate over",
        "unknown-access              | functions    | access \"everything\" is not a key of local.access_statements",
        "unknown-access              | functions    | secret \"paypal\" is not one of the integrations",
        "placeholder-unsupplied      | placeholders | ${review_queue_url} is not supplied",
        "rule-not-wired              | rules        | events/rules/demo-finished.json",
        "rule-placeholder-unsupplied | rules        | ${missing_flow_state_machine_arn} is not supplied",
        "rule-members-dropped        | rules        | does not pass rule member \"state\" to aws_cloudwatch_event_rule.state",
        "rule-members-dropped        | rules        | does not pass rule member \"schedule_expression\"",
        "rule-members-dropped        | rules        | reads rule member \"event_pattern\" in aws_cloudwatch_event_rule.event_pattern without try()",
        "rule-members-dropped        | rules        | reads rule member \"targets\" in aws_cloudwatch_event_target.for_each without try()",
        "rule-members-dropped        | rules        | does not pass rule member \"targets[].input\" to aws_cloudwatch_event_target.input",
        "rule-members-dropped        | rules        | does not pass rule member \"targets[].input_path\"",
        "rule-members-dropped        | rules        | does not pass rule member \"targets[].input_transformer.input_paths_map\"",
        "rule-members-dropped        | rules        | does not pass rule member \"targets[].retry_policy.maximum_retry_attempts\"",
        "rule-members-dropped        | rules        | does not pass rule member \"targets[].retry_policy.maximum_event_age_in_seconds\"",
        "rule-no-dead-letter         | rules        | has no dead_letter_config",
        "rule-unknown-member         | rules        | unknown member \"targets[].input_transformer.input_paths\"",
        "rule-schedule-on-bus        | rules        | \"schedule_expression\" needs \"event_bus\": \"default\"",
        "iam-wildcard                | iam          | [s3:GetObject] on \"*\"",
        "iam-wildcard                | iam          | wildcard action \"sqs:*\"",
        "db-password-in-environment  | database     | sets OPSFLOW_DB_PASSWORD: no secret value in the environment",
        "db-password-in-environment  | database     | environment has no OPSFLOW_DB_SECRET_ARN",
        "db-secret-not-granted       | database     | do not grant exactly secretsmanager:GetSecretValue on module.database.master_user_secret_arn",
        "asl-invalid                 | asl          | GammaStep",
      })
  void brokenInput_isReportedByItsCheck(String brokenCase, String check, String expected) {
    // GIVEN the good fixture with one thing broken
    CheckContext context = TofuChecks.context(Fixtures.repository(tempDir, brokenCase), Fixtures.tools());

    // WHEN every check runs
    List<Finding> findings = TofuChecks.runAll(context);

    // THEN the check that owns the problem reports it
    assertThat(findings)
        .as("findings of %s", brokenCase)
        .anySatisfy(f -> {
          assertThat(f.check()).isEqualTo(check);
          assertThat(f.toString()).contains(expected);
        });
  }
}
