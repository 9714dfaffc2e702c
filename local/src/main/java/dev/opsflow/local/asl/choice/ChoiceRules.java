package dev.opsflow.local.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.path.PathContext;
import java.util.Map;

/**
 * Evaluates one JSONPath-mode Choice rule: {@code And}, {@code Or} and {@code Not} over nested
 * rules, or a {@code Variable} with one comparison ({@code StringEquals}, {@code
 * NumericLessThanPath}, {@code IsPresent} ...). As on AWS, a value of the wrong type compares false
 * instead of failing, while a {@code Variable} (or {@code ...Path} operand) that finds nothing
 * fails with {@code States.Runtime}, except under {@code IsPresent}, which is exactly the question
 * whether it finds something.
 */
public final class ChoiceRules {
  private static final String IS_PRESENT = "IsPresent";
  private static final String PATH_SUFFIX = "Path";

  private ChoiceRules() {}

  /** True when {@code rule} holds for the data {@code ctx} resolves paths against. */
  public static boolean matches(JsonNode rule, PathContext ctx) {
    if (rule.has("And")) {
      for (JsonNode nested : rule.get("And")) {
        if (!matches(nested, ctx)) {
          return false;
        }
      }
      return true;
    }
    if (rule.has("Or")) {
      for (JsonNode nested : rule.get("Or")) {
        if (matches(nested, ctx)) {
          return true;
        }
      }
      return false;
    }
    if (rule.has("Not")) {
      return !matches(rule.get("Not"), ctx);
    }
    return matchesComparison(rule, ctx);
  }

  private static boolean matchesComparison(JsonNode rule, PathContext ctx) {
    String variable = rule.path("Variable").asText();
    for (Map.Entry<String, JsonNode> field : rule.properties()) {
      String operator = field.getKey();
      JsonNode operand = field.getValue();
      if (operator.equals(IS_PRESENT)) {
        return isPresent(variable, ctx) == operand.asBoolean();
      }
      if (ChoiceComparisons.supports(operator)) {
        return ChoiceComparisons.test(operator, resolve(variable, ctx), operand);
      }
      String base =
          operator.endsWith(PATH_SUFFIX)
              ? operator.substring(0, operator.length() - PATH_SUFFIX.length())
              : "";
      if (ChoiceComparisons.supportsPathOperand(base)) {
        JsonNode value = resolve(variable, ctx);
        return ChoiceComparisons.test(base, value, resolve(operand.asText(), ctx));
      }
    }
    throw new IllegalArgumentException("Choice rule without a comparison operator: " + rule);
  }

  private static boolean isPresent(String path, PathContext ctx) {
    try {
      ctx.resolve(path);
      return true;
    } catch (StatesException notFound) {
      return false;
    }
  }

  private static JsonNode resolve(String path, PathContext ctx) {
    try {
      return ctx.resolve(path);
    } catch (StatesException notFound) {
      throw StatesException.runtime(
          "Invalid path '"
              + path
              + "': The choice state's condition path references an invalid value.");
    }
  }
}
