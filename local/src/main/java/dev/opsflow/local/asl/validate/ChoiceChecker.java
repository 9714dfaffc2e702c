package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Choice: a non-empty Choices list whose top-level rules each carry a Next; JSONata rules are a Condition,
 * JSONPath rules one of And/Or/Not or a Variable with exactly one comparison. Nested rules carry no Next.
 */
final class ChoiceChecker {
  private static final Set<String> TOP_LEVEL_EXTRAS = Set.of("Next", "Comment", "Assign", "Output");
  private static final String SELECTORS = "[And, Or, Not, Variable, Condition]";
  private static final String COMPARISON_LIST = ChoiceRuleOperators.COMPARISONS.keySet().toString();

  private ChoiceChecker() {}

  static void check(StateScope choice) {
    Findings findings = choice.findings();
    JsonNode choices = choice.field("Choices");
    if (choices == null) {
      findings.required(choice.at(), "Choices");
    } else if (FieldChecks.nonEmptyArray(choices, choice.at("Choices"), findings)) {
      for (int i = 0; i < choices.size(); i++) {
        topLevelRule(choices.get(i), choice.at("Choices").index(i), choice.language(), findings);
      }
    }
    if (choice.has("Default")) {
      FieldChecks.string(choice.field("Default"), choice.at("Default"), findings);
    }
  }

  private static void topLevelRule(JsonNode rule, Location at, QueryLanguage language, Findings findings) {
    if (!FieldChecks.object(rule, at, findings)) {
      return;
    }
    for (String field : List.of("Output", "Condition")) {
      if (rule.has(field) && language == QueryLanguage.JSONPATH) {
        findings.schema(at, StateChecker.onlyFor(language, field));
      }
    }
    if (!rule.has("Next")) {
      findings.required(at, "Next");
    } else {
      FieldChecks.string(rule.get("Next"), at.field("Next"), findings);
    }
    CommonFields.assign(rule.get("Assign"), at.field("Assign"), language, findings);
    if (language == QueryLanguage.JSONATA) {
      jsonataRule(rule, at, findings);
    } else {
      jsonPathRule(rule, at, true, findings);
    }
  }

  private static void jsonataRule(JsonNode rule, Location at, Findings findings) {
    rule.fieldNames().forEachRemaining(field -> {
      if (!TOP_LEVEL_EXTRAS.contains(field) && !field.equals("Condition")) {
        findings.schema(at, StateChecker.onlyFor(QueryLanguage.JSONATA, field));
      }
    });
    JsonNode condition = rule.get("Condition");
    if (condition == null) {
      findings.required(at, "Condition");
    } else if (!condition.isTextual() && !condition.isBoolean()) {
      findings.schema(at.field("Condition"), FieldChecks.expectedType("STRING"));
    }
  }

  private static void jsonPathRule(JsonNode rule, Location at, boolean topLevel, Findings findings) {
    if (!FieldChecks.object(rule, at, findings)) {
      return;
    }
    rule.fieldNames().forEachRemaining(field -> {
      boolean operator = ChoiceRuleOperators.COMPARISONS.containsKey(field)
          || ChoiceRuleOperators.COMBINATORS.contains(field) || field.equals("Variable");
      boolean extra = topLevel ? TOP_LEVEL_EXTRAS.contains(field) : field.equals("Comment");
      if (!operator && !extra && !(topLevel && field.equals("Condition"))) {
        findings.notSupported(at, field);
      }
    });
    long selectors = ChoiceRuleOperators.COMBINATORS.stream().filter(rule::has).count()
        + (rule.has("Variable") ? 1 : 0);
    if (selectors != 1) {
      if (selectors > 1 || !rule.has("Condition")) {
        findings.schema(at, "The object must have only one of the following fields, " + SELECTORS);
      }
      return;
    }
    if (rule.has("Variable")) {
      variableRule(rule, at, findings);
    } else if (rule.has("Not")) {
      jsonPathRule(rule.get("Not"), at.field("Not"), false, findings);
    } else {
      String combinator = rule.has("And") ? "And" : "Or";
      JsonNode rules = rule.get(combinator);
      if (FieldChecks.nonEmptyArray(rules, at.field(combinator), findings)) {
        for (int i = 0; i < rules.size(); i++) {
          jsonPathRule(rules.get(i), at.field(combinator).index(i), false, findings);
        }
      }
    }
  }

  private static void variableRule(JsonNode rule, Location at, Findings findings) {
    PathSyntax.referencePath(rule.get("Variable"), at.field("Variable"), findings, false);
    List<String> comparisons =
        ChoiceRuleOperators.COMPARISONS.keySet().stream().filter(rule::has).toList();
    if (comparisons.size() > 1) {
      findings.schema(at, "There should only be one of the following fields: " + COMPARISON_LIST);
      return;
    }
    if (comparisons.isEmpty()) {
      findings.schema(at, "This object should have only one of the following fields: " + COMPARISON_LIST);
      return;
    }
    String operator = comparisons.get(0);
    JsonNode operand = rule.get(operator);
    Location operandAt = at.field(operator);
    switch (ChoiceRuleOperators.COMPARISONS.get(operator)) {
      case STRING -> FieldChecks.string(operand, operandAt, findings);
      case NUMBER -> {
        if (!operand.isNumber()) {
          findings.schema(operandAt, FieldChecks.expectedType("NUMBER"));
        }
      }
      case BOOLEAN -> FieldChecks.bool(operand, operandAt, findings);
      case PATH -> PathSyntax.referencePath(operand, operandAt, findings, false);
    }
  }
}
