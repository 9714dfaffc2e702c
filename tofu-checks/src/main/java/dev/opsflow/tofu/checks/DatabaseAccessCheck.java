package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database credentials never travel in environment variables: no .tf file sets a variable named like a password,
 * secret, token or API key (a secret's ARN, {@code ..._SECRET_ARN}, is fine), and the functions get
 * {@code OPSFLOW_DB_URL} and {@code OPSFLOW_DB_SECRET_ARN}, with {@code secretsmanager:GetSecretValue} on exactly
 * the secret that ARN names (AppDatabase reads it at run time). A password in the environment is readable by
 * anyone who may read the function's configuration, and goes stale when RDS rotates it.
 */
public final class DatabaseAccessCheck implements Check {
  /** {@code OPSFLOW_DB_PASSWORD = ...} or {@code "STRIPE_API_KEY": ...}: a name ending in a secret word, assigned. */
  private static final Pattern SECRET_VALUE = Pattern.compile("(?<![A-Za-z0-9_])\"?([A-Z][A-Z0-9_]*(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY))\"?\\s*[=:]");

  private static final Pattern SECRET_ARN = Pattern.compile("\\bOPSFLOW_DB_SECRET_ARN\\s*=\\s*([^\\s,}]+)");

  @Override
  public String name() {
    return "database";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (HclModel.Parsed file : context.hcl().files()) {
      if (!file.ok()) {
        continue;
      }
      Matcher m = SECRET_VALUE.matcher(file.json().toString().replace("\\\"", "\""));
      while (m.find()) {
        findings.add(new Finding(name(), context.repo().root().relativize(file.file()).toString(),
            "sets " + m.group(1) + ": no secret value in the environment; pass the secret's ARN (..._SECRET_ARN) and read it at run time"));
      }
    }
    for (HclModel.Block module : context.modulesFrom("lambda-function")) {
      findings.addAll(functionAccess(context, module));
    }
    return findings;
  }

  private List<Finding> functionAccess(CheckContext context, HclModel.Block module) {
    String subject = context.repo().root().relativize(module.file()) + " module \"" + module.name() + "\"";
    Map<String, JsonNode> locals = context.hcl().locals(module.dir());
    String environment = joined(Expressions.reach(module.body().path("environment"), locals));
    String policy = joined(Expressions.reach(module.body().path("policy_statements"), locals));
    List<Finding> findings = new ArrayList<>();
    if (!environment.contains("OPSFLOW_DB_URL")) {
      findings.add(new Finding(name(), subject, "environment has no OPSFLOW_DB_URL: the functions cannot find the database"));
    }
    Matcher arn = SECRET_ARN.matcher(environment);
    if (!arn.find()) {
      findings.add(new Finding(name(), subject, "environment has no OPSFLOW_DB_SECRET_ARN: the functions cannot read the database credentials"));
      return findings;
    }
    Pattern grant = Pattern.compile(
        "actions\\s*=\\s*\\[\"secretsmanager:GetSecretValue\"]\\s*resources\\s*=\\s*\\[" + Pattern.quote(arn.group(1)) + "]");
    if (!grant.matcher(policy).find()) {
      findings.add(new Finding(name(), subject, "policy_statements do not grant exactly secretsmanager:GetSecretValue on "
          + arn.group(1) + " (the secret OPSFLOW_DB_SECRET_ARN names)"));
    }
    return findings;
  }

  private static String joined(Map<String, JsonNode> reached) {
    StringBuilder text = new StringBuilder();
    reached.values().forEach(v -> text.append(Expressions.text(v)).append('\n'));
    return text.toString();
  }
}
