package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Evaluates JSONata-mode fields ({@code "{% expr %}"} strings, possibly nested in objects and arrays) the way
 * Step Functions does: JSONata 2.0.6 semantics, {@code $states} and workflow variables bound, AWS's extra
 * functions ({@code $partition}, {@code $range}, {@code $hash}, {@code $random}, {@code $uuid}, {@code $parse})
 * available, and failures reported as {@code States.QueryEvaluationError} with AWS's wording. Thread-safe;
 * parsed expressions are cached.
 */
public final class JsonataEvaluator {
  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";
  private static final int CACHE_CAPACITY = 4096;

  private final CompiledExpressions expressions;

  public JsonataEvaluator() {
    this(new CompiledExpressions(CACHE_CAPACITY));
  }

  JsonataEvaluator(CompiledExpressions expressions) {
    this.expressions = expressions;
  }

  /**
   * True when the whole string is one JSONata expression: it starts with {@code {%} and ends with {@code %}}
   * with nothing around them (AWS treats {@code " {% x %} "} as a literal string).
   */
  public static boolean isExpression(String text) {
    return text != null && text.length() >= OPEN.length() + CLOSE.length() && text.startsWith(OPEN)
        && text.endsWith(CLOSE);
  }

  /** True when {@code node} is a string that {@link #isExpression(String)}. */
  public static boolean isExpression(JsonNode node) {
    return node != null && node.isTextual() && isExpression(node.textValue());
  }

  /**
   * Evaluates {@code template} for the field named {@code field} (e.g. {@code Output}, {@code Arguments}):
   * every string of the form {@code {% expr %}} is replaced by the expression's value, everything else is
   * copied. Nested values are reported with their path, e.g. {@code Output/FunctionResult}. AWS allows no
   * undefined result in any of these fields, so this never returns {@code null}: it throws
   * {@link dev.opsflow.local.asl.StatesException} ({@code States.QueryEvaluationError}) with AWS's message,
   * without the "An error occurred while executing the state ..." prefix, which the engine adds.
   */
  public JsonNode evaluate(String field, JsonNode template, JsonataBindings bindings) {
    return resolve(field, template, new BoundValues(bindings));
  }

  /**
   * Like {@link #evaluate(String, JsonNode, JsonataBindings)} for a field whose expression must produce
   * {@code expected}, e.g. Map's {@code Items} (an array): any other result fails with AWS's "returned an
   * unexpected result type. Expected 'array', but was 'null' for value: null". A literal template is not
   * checked here; definition validation rejects literals of the wrong type.
   */
  public JsonNode evaluate(String field, JsonNode template, JsonataBindings bindings, JsonataType expected) {
    JsonNode value = evaluate(field, template, bindings);
    if (isExpression(template) && JsonataType.of(value) != expected) {
      throw QueryEvaluationErrors.unexpectedType(body(template.textValue()), field, expected, value);
    }
    return value;
  }

  /**
   * Evaluates a Choice rule's {@code Condition} (field is e.g. {@code Condition}); the expression must produce
   * a boolean. A literal boolean is accepted as is.
   */
  public boolean condition(String field, JsonNode condition, JsonataBindings bindings) {
    if (condition.isBoolean()) {
      return condition.booleanValue();
    }
    if (!isExpression(condition)) {
      throw QueryEvaluationErrors.unexpectedType(condition.asText(), field, JsonataType.BOOLEAN, condition);
    }
    return evaluate(field, condition, bindings, JsonataType.BOOLEAN).booleanValue();
  }

  /** {@link #condition(String, JsonNode, JsonataBindings)} for a condition written as a string. */
  public boolean condition(String field, String expression, JsonataBindings bindings) {
    return condition(field, JsonNodeFactory.instance.textNode(expression), bindings);
  }

  private JsonNode resolve(String field, JsonNode template, BoundValues values) {
    if (isExpression(template)) {
      return new ExpressionRun(expressions, body(template.textValue()), field).evaluate(values);
    }
    if (template.isObject()) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      template
          .properties()
          .forEach(
              entry -> result.set(entry.getKey(), resolve(field + "/" + entry.getKey(), entry.getValue(), values)));
      return result;
    }
    if (template.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode(template.size());
      for (int index = 0; index < template.size(); index++) {
        result.add(resolve(field + "/" + index, template.get(index), values));
      }
      return result;
    }
    return template.deepCopy();
  }

  /** The expression between the delimiters, without surrounding blanks, as AWS quotes it in messages. */
  static String body(String expression) {
    return expression.substring(OPEN.length(), expression.length() - CLOSE.length()).strip();
  }
}
