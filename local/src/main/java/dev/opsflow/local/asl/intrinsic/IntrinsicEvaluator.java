package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.path.PathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a parsed call: arguments first, left to right (paths through the {@link PathContext},
 * nested calls recursively), then the function itself.
 */
final class IntrinsicEvaluator {
  private final PathContext context;

  IntrinsicEvaluator(PathContext context) {
    this.context = context;
  }

  JsonNode evaluate(IntrinsicExpression expression) {
    return switch (expression) {
      case IntrinsicExpression.Call call -> call(call);
      case IntrinsicExpression.StringLiteral text -> JsonValues.NODES.textNode(text.value());
      case IntrinsicExpression.NumberLiteral number -> JsonValues.number(number.value());
      case IntrinsicExpression.BooleanLiteral bool -> JsonValues.NODES.booleanNode(bool.value());
      case IntrinsicExpression.NullLiteral nothing -> JsonValues.NODES.nullNode();
      case IntrinsicExpression.PathArgument path -> context.resolve(path.path());
    };
  }

  private JsonNode call(IntrinsicExpression.Call call) {
    IntrinsicFunction function =
        IntrinsicRegistry.find(call.name())
            .orElseThrow(() -> IntrinsicErrors.unknownFunction(call.name(), call.name()));
    List<JsonNode> values = new ArrayList<>();
    for (IntrinsicExpression argument : call.arguments()) {
      values.add(evaluate(argument));
    }
    return function.apply(new IntrinsicArguments(call.name(), values, call.arguments()));
  }
}
