package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;

/**
 * States.Format and States.StringSplit.
 *
 * <p>Format replaces each {@code {}} of its template (first argument) with the next argument,
 * rendered by {@link FormatValueRenderer}; the number of remaining arguments must equal the number
 * of placeholders. In a literal template, escaped braces ({@code \{\}}) are text, not a
 * placeholder. A template read through a path has no escapes.
 *
 * <p>StringSplit treats every character of its delimiter string as a separator and drops empty
 * pieces: {@code StringSplit('This.is+a,test', '.+,')} is {@code ["This","is","a","test"]}.
 */
final class StringFunctions {
  private StringFunctions() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of(
        "States.Format", StringFunctions::format, "States.StringSplit", StringFunctions::split);
  }

  static JsonNode format(IntrinsicArguments args) {
    if (args.size() == 0) {
      throw IntrinsicErrors.argumentCount(args.function(), "at least 1 argument", 0);
    }
    String template = args.string(0);
    boolean escapes = false;
    if (args.sources().get(0) instanceof IntrinsicExpression.StringLiteral literal) {
      template = literal.raw();
      escapes = true;
    }
    int placeholders = countPlaceholders(template, escapes);
    if (placeholders != args.size() - 1) {
      throw IntrinsicErrors.invalidArgument(
          args.function(),
          "the template has "
              + placeholders
              + " placeholder(s) but "
              + (args.size() - 1)
              + " value(s) were given.");
    }
    return JsonValues.NODES.textNode(substitute(template, escapes, args));
  }

  private static int countPlaceholders(String template, boolean escapes) {
    int count = 0;
    for (int i = 0; i < template.length(); i++) {
      if (escapes && template.charAt(i) == '\\') {
        i++;
      } else if (template.startsWith("{}", i)) {
        count++;
        i++;
      }
    }
    return count;
  }

  private static String substitute(String template, boolean escapes, IntrinsicArguments args) {
    StringBuilder result = new StringBuilder();
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (escapes && c == '\\' && i + 1 < template.length()) {
        char escaped = template.charAt(++i);
        if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
          result.append('\\');
        }
        result.append(escaped);
      } else if (template.startsWith("{}", i)) {
        result.append(FormatValueRenderer.render(args.value(next++)));
        i++;
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  static JsonNode split(IntrinsicArguments args) {
    args.requireCount(2);
    String input = args.string(0);
    String delimiters = args.string(1);
    ArrayNode pieces = JsonValues.NODES.arrayNode();
    StringBuilder piece = new StringBuilder();
    input
        .codePoints()
        .forEach(
            codePoint -> {
              if (delimiters.indexOf(codePoint) >= 0) {
                addIfNotEmpty(pieces, piece);
              } else {
                piece.appendCodePoint(codePoint);
              }
            });
    addIfNotEmpty(pieces, piece);
    return pieces;
  }

  private static void addIfNotEmpty(ArrayNode pieces, StringBuilder piece) {
    if (!piece.isEmpty()) {
      pieces.add(piece.toString());
      piece.setLength(0);
    }
  }
}
