package dev.opsflow.local.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser from tokens to an {@link IntrinsicExpression.Call}. Grammar:
 *
 * <pre>
 * call     := NAME '(' [argument (',' argument)*] ')'
 * argument := STRING | NUMBER | true | false | null | PATH | call
 * </pre>
 *
 * Function names are checked against the known intrinsics here, so a misspelt name fails before any
 * path is resolved.
 */
final class IntrinsicParser {
  private final String source;
  private final List<IntrinsicToken> tokens;
  private int index;

  private IntrinsicParser(String source) {
    this.source = source;
    this.tokens = IntrinsicTokenizer.tokenize(source);
  }

  /**
   * Parses {@code source}; throws a States.Runtime {@code StatesException} when it is not one valid
   * call.
   */
  static IntrinsicExpression.Call parse(String source) {
    IntrinsicParser parser = new IntrinsicParser(source);
    IntrinsicExpression.Call call = parser.call();
    if (parser.index < parser.tokens.size()) {
      throw parser.error("unexpected input after the closing parenthesis");
    }
    return call;
  }

  private IntrinsicExpression.Call call() {
    if (!(peek() instanceof IntrinsicToken.Name name)) {
      throw error("expected an intrinsic function name");
    }
    if (!IntrinsicRegistry.isKnown(name.text())) {
      throw IntrinsicErrors.unknownFunction(source, name.text());
    }
    index++;
    expect(IntrinsicToken.OpenParen.class, "'('");
    List<IntrinsicExpression> arguments = new ArrayList<>();
    if (peek() instanceof IntrinsicToken.CloseParen) {
      index++;
      return new IntrinsicExpression.Call(name.text(), arguments);
    }
    while (true) {
      arguments.add(argument());
      IntrinsicToken separator = peek();
      index++;
      if (separator instanceof IntrinsicToken.CloseParen) {
        return new IntrinsicExpression.Call(name.text(), arguments);
      }
      if (!(separator instanceof IntrinsicToken.Comma)) {
        index--;
        throw error("expected ',' or ')'");
      }
    }
  }

  private IntrinsicExpression argument() {
    IntrinsicToken token = peek();
    if (token == null) {
      throw error("expected an argument");
    }
    return switch (token) {
      case IntrinsicToken.Name name -> call();
      case IntrinsicToken.Text text ->
          consume(new IntrinsicExpression.StringLiteral(text.value(), text.raw()));
      case IntrinsicToken.Number number ->
          consume(new IntrinsicExpression.NumberLiteral(number.value()));
      case IntrinsicToken.Path path -> consume(new IntrinsicExpression.PathArgument(path.path()));
      case IntrinsicToken.Keyword keyword ->
          consume(
              switch (keyword.text()) {
                case "null" -> new IntrinsicExpression.NullLiteral();
                default ->
                    new IntrinsicExpression.BooleanLiteral(Boolean.parseBoolean(keyword.text()));
              });
      case IntrinsicToken.OpenParen p -> throw error("expected an argument");
      case IntrinsicToken.CloseParen p -> throw error("expected an argument");
      case IntrinsicToken.Comma c -> throw error("expected an argument");
    };
  }

  private IntrinsicExpression consume(IntrinsicExpression expression) {
    index++;
    return expression;
  }

  private void expect(Class<? extends IntrinsicToken> type, String description) {
    if (!type.isInstance(peek())) {
      throw error("expected " + description);
    }
    index++;
  }

  private IntrinsicToken peek() {
    return index < tokens.size() ? tokens.get(index) : null;
  }

  private RuntimeException error(String reason) {
    IntrinsicToken token = peek();
    return IntrinsicErrors.syntax(
        source, reason, token == null ? source.length() : token.position());
  }
}
