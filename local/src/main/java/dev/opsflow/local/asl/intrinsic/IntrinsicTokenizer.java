package dev.opsflow.local.asl.intrinsic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an intrinsic function call into tokens. String literals use AWS's escapes ({@code \'},
 * {@code \{}, {@code \}}, {@code \\}); a reference path runs up to the next top-level comma or
 * closing parenthesis, so brackets, filters and quoted names inside it ({@code $['a,b']}, {@code
 * $.a[?(@.x > 1)]}) stay whole.
 */
final class IntrinsicTokenizer {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private final String source;
  private int position;

  private IntrinsicTokenizer(String source) {
    this.source = source;
  }

  /**
   * The tokens of {@code source}; throws a States.Runtime {@code StatesException} on a lexical
   * error.
   */
  static List<IntrinsicToken> tokenize(String source) {
    return new IntrinsicTokenizer(source).all();
  }

  private List<IntrinsicToken> all() {
    List<IntrinsicToken> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (position >= source.length()) {
        return tokens;
      }
      tokens.add(next());
    }
  }

  private IntrinsicToken next() {
    int start = position;
    char c = source.charAt(position);
    return switch (c) {
      case '(' -> new IntrinsicToken.OpenParen(position++);
      case ')' -> new IntrinsicToken.CloseParen(position++);
      case ',' -> new IntrinsicToken.Comma(position++);
      case '\'' -> text();
      case '$' -> path();
      default -> {
        if (c == '-' || Character.isDigit(c)) {
          yield number();
        }
        if (Character.isLetter(c)) {
          yield word();
        }
        throw IntrinsicErrors.syntax(source, "unexpected character '" + c + "'", start);
      }
    };
  }

  private IntrinsicToken text() {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (position < source.length()) {
      char c = source.charAt(position++);
      if (c == '\'') {
        return new IntrinsicToken.Text(
            value.toString(), source.substring(start + 1, position - 1), start);
      }
      if (c == '\\' && position < source.length()) {
        char escaped = source.charAt(position++);
        if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
          value.append('\\'); // not one of AWS's escapes: the backslash is an ordinary character
        }
        value.append(escaped);
      } else {
        value.append(c);
      }
    }
    throw IntrinsicErrors.syntax(source, "unterminated string literal", start);
  }

  private IntrinsicToken path() {
    int start = position;
    int brackets = 0;
    while (position < source.length()) {
      char c = source.charAt(position);
      if (brackets == 0 && (c == ',' || c == ')')) {
        break;
      }
      if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      } else if (brackets > 0 && (c == '\'' || c == '"')) {
        skipQuoted(c);
        continue;
      }
      position++;
    }
    return new IntrinsicToken.Path(source.substring(start, position).strip(), start);
  }

  private void skipQuoted(char quote) {
    int start = position++;
    while (position < source.length()) {
      char c = source.charAt(position++);
      if (c == '\\') {
        position++;
      } else if (c == quote) {
        return;
      }
    }
    throw IntrinsicErrors.syntax(source, "unterminated quoted name in path", start);
  }

  private IntrinsicToken number() {
    Matcher matcher = NUMBER.matcher(source).region(position, source.length());
    if (!matcher.lookingAt()) {
      throw IntrinsicErrors.syntax(source, "invalid number", position);
    }
    int start = position;
    position = matcher.end();
    return new IntrinsicToken.Number(new BigDecimal(matcher.group()), start);
  }

  private IntrinsicToken word() {
    int start = position;
    while (position < source.length() && isWordChar(source.charAt(position))) {
      position++;
    }
    String word = source.substring(start, position);
    return switch (word) {
      case "true", "false", "null" -> new IntrinsicToken.Keyword(word, start);
      default -> new IntrinsicToken.Name(word, start);
    };
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_';
  }

  private void skipWhitespace() {
    while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
      position++;
    }
  }
}
