package dev.opsflow.local.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.jsonata.AwsJsonataFunctions.AwsFunctionFailure;

/** One evaluation of one expression for one field, with every failure turned into AWS's message. */
final class ExpressionRun {
  private static final String STACK_OVERFLOW =
      "U1001: Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as"
          + " tail-recursive.";

  private final CompiledExpressions expressions;
  private final String expression;
  private final String field;

  ExpressionRun(CompiledExpressions expressions, String expression, String field) {
    this.expressions = expressions;
    this.expression = expression;
    this.field = field;
  }

  JsonNode evaluate(BoundValues values) {
    Object result = run(values);
    if (result == null) {
      throw QueryEvaluationErrors.undefined(expression, field);
    }
    return JsonataValues.toJson(result).orElseThrow(() -> QueryEvaluationErrors.unsupportedResult(expression, field));
  }

  private Object run(BoundValues values) {
    try {
      Jsonata compiled = expressions.get(expression);
      Jsonata.Frame frame = compiled.createFrame();
      values.bindInto(frame);
      return compiled.evaluate(null, frame);
    } catch (JException e) {
      throw QueryEvaluationErrors.threw(expression, field, e.getError() + ": " + e.getMessage());
    } catch (AwsFunctionFailure e) {
      throw QueryEvaluationErrors.threw(expression, field, e.getMessage());
    } catch (StackOverflowError e) {
      throw QueryEvaluationErrors.threw(expression, field, STACK_OVERFLOW);
    } catch (RuntimeException e) {
      // The engine is a port of jsonata-js and can fail with plain Java exceptions (ClassCastException ...) on
      // inputs that jsonata-js rejects with an error; AWS reports every such failure as an evaluation error.
      throw QueryEvaluationErrors.threw(expression, field, String.valueOf(e.getMessage()));
    }
  }
}
