package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No IAM statement allows a wildcard action, or any action on {@code "*"}, except the documented exceptions in
 * {@code tofu/iam-wildcard-exceptions.json}: actions AWS only authorises on {@code "*"} (X-Ray, vended log
 * delivery, ...) and whole statements by sid (key policies, where {@code "*"} means the key itself). Statements are
 * found wherever they are written: policy documents, dynamic contents, and statement objects passed to modules.
 */
public final class IamWildcardCheck implements Check {
  static final String EXCEPTIONS = "tofu/iam-wildcard-exceptions.json";
  private static final Pattern JSON_WILDCARD = Pattern.compile("\"?(Action|Resource)\"?\\s*[=:]\\s*\\[?\\s*\"\\*\"");

  @Override
  public String name() {
    return "iam";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    Path file = context.repo().root().resolve(EXCEPTIONS);
    JsonNode exceptions = Files.exists(file) ? Repository.readJson(file) : Repository.MAPPER.createObjectNode();
    Set<String> anyResourceActions = new HashSet<>();
    exceptions.path("actions_on_any_resource").fieldNames().forEachRemaining(anyResourceActions::add);
    Set<String> statementSids = new HashSet<>();
    exceptions.path("statements").fieldNames().forEachRemaining(statementSids::add);
    List<Finding> findings = new ArrayList<>();
    for (HclModel.Parsed parsed : context.hcl().files()) {
      if (parsed.ok()) {
        String subject = context.repo().root().relativize(parsed.file()).toString();
        walk(parsed.json(), subject, anyResourceActions, statementSids, findings);
      }
    }
    return findings;
  }

  private void walk(JsonNode node, String subject, Set<String> anyResourceActions, Set<String> sids, List<Finding> findings) {
    if (node.isObject() && (node.has("actions") || node.has("not_actions"))) {
      findings.addAll(statement(node, subject, anyResourceActions, sids));
    }
    if (node.isTextual() && JSON_WILDCARD.matcher(node.asText()).find()) {
      findings.add(new Finding(name(), subject, "a policy written as JSON grants \"*\": use an aws_iam_policy_document: " + node.asText()));
    }
    node.forEach(child -> walk(child, subject, anyResourceActions, sids, findings));
  }

  private List<Finding> statement(JsonNode s, String subject, Set<String> anyResourceActions, Set<String> sids) {
    String sid = Expressions.text(s.path("sid"));
    if ("Deny".equals(Expressions.text(s.path("effect"))) || sids.contains(sid)) {
      return List.of();
    }
    String where = subject + (sid.isEmpty() ? "" : " statement " + sid);
    List<Finding> findings = new ArrayList<>();
    if (s.has("not_actions") || s.has("not_resources")) {
      findings.add(new Finding(name(), where, "allows not_actions/not_resources (everything but): list what is allowed"));
    }
    JsonNode actions = s.path("actions");
    JsonNode resources = s.path("resources");
    actions.forEach(a -> {
      if (a.asText().contains("*") && !a.asText().startsWith("${")) {
        findings.add(new Finding(name(), where, "allows the wildcard action \"" + a.asText() + "\""));
      }
    });
    boolean anyResource = resources.isArray() ? contains(resources, "*") : Expressions.text(resources).contains("\"*\"");
    if (anyResource) {
      List<String> offending = new ArrayList<>();
      if (actions.isArray()) {
        actions.forEach(a -> {
          if (!anyResourceActions.contains(a.asText())) {
            offending.add(a.asText());
          }
        });
      } else {
        offending.add(Expressions.text(actions));
      }
      if (!offending.isEmpty()) {
        findings.add(new Finding(name(), where, "allows " + offending + " on \"*\" (not among the documented exceptions in " + EXCEPTIONS + ")"));
      }
    }
    return findings;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode v : array) {
      if (value.equals(v.asText())) {
        return true;
      }
    }
    return false;
  }
}
