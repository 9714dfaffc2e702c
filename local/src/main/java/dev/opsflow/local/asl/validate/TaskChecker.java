package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.StateMachineType;

/**
 * Task rules: a recognised Resource, integration patterns an Express machine can run, Credentials with a role,
 * and timeouts.
 */
final class TaskChecker {
  private static final long MAX_SECONDS = 99_999_999L;

  private TaskChecker() {}

  static void check(StateScope task) {
    Findings findings = task.findings();
    resource(task, findings);
    PathSyntax.payloadTemplate(task.field("Parameters"), task.at("Parameters"), findings);
    credentials(task, findings);
    for (String timeout : new String[] {"TimeoutSeconds", "HeartbeatSeconds"}) {
      FieldChecks.exclusive(task.node(), task.at(), timeout, timeout + "Path", findings);
      if (task.has(timeout)) {
        FieldChecks.integerOrExpression(
            task.field(timeout), task.at(timeout), task.language(), findings, 1, MAX_SECONDS);
      }
      PathSyntax.referencePath(task.field(timeout + "Path"), task.at(timeout + "Path"), findings, false);
    }
  }

  private static void resource(StateScope task, Findings findings) {
    JsonNode resource = task.field("Resource");
    Location at = task.at("Resource");
    if (resource == null) {
      findings.required(task.at(), "Resource");
      return;
    }
    if (!FieldChecks.string(resource, at, findings)) {
      return;
    }
    String arn = resource.asText();
    if (!ResourceArns.isRecognized(arn)) {
      findings.schema(
          at,
          "The resource provided "
              + arn
              + " is not recognized. The value is not a valid resource ARN, or the resource is not available in"
              + " this region.");
    } else if (task.machine().type() == StateMachineType.EXPRESS) {
      express(arn, at, findings);
    }
  }

  /** Express workflows run request-response integrations only (note AWS's double space after the token one). */
  private static void express(String arn, Location at, Findings findings) {
    if (arn.endsWith(ResourceArns.SYNC) || arn.endsWith(ResourceArns.SYNC2)) {
      findings.schema(at, "Express state machine does not support '.sync' service integration");
    } else if (arn.endsWith(ResourceArns.TOKEN)) {
      findings.schema(at, "Express state machine does not support '.waitForTaskToken' service integration ");
    } else if (ResourceArns.isActivity(arn)) {
      findings.schema(at, "Express state machine does not support Activity ARN");
    }
  }

  private static void credentials(StateScope task, Findings findings) {
    JsonNode credentials = task.field("Credentials");
    Location at = task.at("Credentials");
    if (credentials == null || !FieldChecks.object(credentials, at, findings)) {
      return;
    }
    if (!credentials.has("RoleArn") && !credentials.has("RoleArn.$")) {
      findings.schema(at, "The field 'RoleArn' is required but was missing");
    }
  }
}
