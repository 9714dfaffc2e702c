package dev.opsflow.local.asl.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSONPath Choice comparison operators and the type of operand each takes. */
final class ChoiceRuleOperators {
  enum Operand {
    STRING,
    NUMBER,
    BOOLEAN,
    PATH
  }

  /** Operator name to operand type, in the order AWS lists them. */
  static final Map<String, Operand> COMPARISONS = comparisons();

  static final List<String> COMBINATORS = List.of("And", "Or", "Not");

  private ChoiceRuleOperators() {}

  private static Map<String, Operand> comparisons() {
    Map<String, Operand> all = new LinkedHashMap<>();
    for (String kind : new String[] {"String", "Numeric", "Boolean", "Timestamp"}) {
      String[] relations =
          kind.equals("Boolean")
              ? new String[] {"Equals"}
              : new String[] {"Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"};
      for (String relation : relations) {
        all.put(kind + relation, operandOf(kind));
        all.put(kind + relation + "Path", Operand.PATH);
      }
      if (kind.equals("String")) {
        all.put("StringMatches", Operand.STRING);
      }
    }
    for (String test : new String[] {"IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"}) {
      all.put(test, Operand.BOOLEAN);
    }
    return Collections.unmodifiableMap(all);
  }

  private static Operand operandOf(String kind) {
    return switch (kind) {
      case "Numeric" -> Operand.NUMBER;
      case "Boolean" -> Operand.BOOLEAN;
      default -> Operand.STRING;
    };
  }
}
