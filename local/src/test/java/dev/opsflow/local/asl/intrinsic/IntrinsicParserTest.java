package dev.opsflow.local.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.BooleanLiteral;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.Call;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.NullLiteral;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.NumberLiteral;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.PathArgument;
import dev.opsflow.local.asl.intrinsic.IntrinsicExpression.StringLiteral;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

  @Test
  void everyArgumentKind_parsesToItsNode() {
    // GIVEN a call with one argument of each kind
    String source =
        "States.Array('a', 12, -3.5, true, false, null, $.x, $$.Execution.Id, $var.field)";

    // WHEN parsed
    Call call = IntrinsicParser.parse(source);

    // THEN each argument has its node type and value
    assertThat(call.name()).isEqualTo("States.Array");
    assertThat(call.arguments())
        .containsExactly(
            new StringLiteral("a", "a"),
            new NumberLiteral(new BigDecimal("12")),
            new NumberLiteral(new BigDecimal("-3.5")),
            new BooleanLiteral(true),
            new BooleanLiteral(false),
            new NullLiteral(),
            new PathArgument("$.x"),
            new PathArgument("$$.Execution.Id"),
            new PathArgument("$var.field"));
  }

  @Test
  void awsEscapes_areResolvedInValueAndKeptInRaw() {
    // GIVEN a literal with each of AWS's four escapes (as the JSON string decodes to)
    String source = "States.Format('it\\'s \\{\\} and \\\\ done')";

    // WHEN parsed
    StringLiteral literal = (StringLiteral) IntrinsicParser.parse(source).arguments().get(0);

    // THEN the value is unescaped and the raw text keeps the backslashes for States.Format
    assertThat(literal.value()).isEqualTo("it's {} and \\ done");
    assertThat(literal.raw()).isEqualTo("it\\'s \\{\\} and \\\\ done");
  }

  @Test
  void otherBackslashes_andUnescapedBraces_stayAsWritten() {
    // GIVEN a JSON text with bare braces and a backslash that escapes nothing AWS knows
    String source = "States.StringToJson('{\"a\": \"x\\ny\"}')";

    // WHEN parsed
    StringLiteral literal = (StringLiteral) IntrinsicParser.parse(source).arguments().get(0);

    // THEN both are kept as ordinary characters
    assertThat(literal.value()).isEqualTo("{\"a\": \"x\\ny\"}");
  }

  @Test
  void nestedCalls_parseRecursively() {
    // GIVEN the nested call from AWS's documentation style
    String source =
        "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(1, -1))";

    // WHEN parsed
    Call call = IntrinsicParser.parse(source);

    // THEN the arguments are calls with their own arguments
    assertThat(call.arguments())
        .containsExactly(
            new Call(
                "States.StringSplit",
                List.of(new PathArgument("$$.StateMachine.Name"), new StringLiteral("-", "-"))),
            new Call(
                "States.MathAdd",
                List.of(
                    new NumberLiteral(BigDecimal.ONE), new NumberLiteral(new BigDecimal("-1")))));
  }

  @Test
  void whitespaceAroundTokens_isIgnored() {
    // GIVEN spaces, tabs and newlines between tokens
    String source = "  States.MathAdd (\n\t$.a ,  2 )  ";

    // WHEN parsed
    Call call = IntrinsicParser.parse(source);

    // THEN the path has no trailing blanks and both arguments are there
    assertThat(call.arguments())
        .containsExactly(new PathArgument("$.a"), new NumberLiteral(new BigDecimal("2")));
  }

  @Test
  void pathsWithBracketsAndQuotedCommas_stayOneArgument() {
    // GIVEN paths whose brackets hold commas and parentheses
    String source = "States.Array($['a,b'], $.items[?(@.x, 1)], $.list[0])";

    // WHEN parsed
    Call call = IntrinsicParser.parse(source);

    // THEN each path is one argument
    assertThat(call.arguments())
        .containsExactly(
            new PathArgument("$['a,b']"),
            new PathArgument("$.items[?(@.x, 1)]"),
            new PathArgument("$.list[0]"));
  }

  @Test
  void noArguments_parsesToEmptyCall() {
    // WHEN parsing a call without arguments
    Call call = IntrinsicParser.parse("States.UUID()");

    // THEN it has none
    assertThat(call.arguments()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Format('unterminated)",
        "States.Array(1, 2",
        "States.Array(1 2)",
        "States.Array(1,)",
        "States.Array(,1)",
        "States.Array(1) extra",
        "States.Array",
        "States.Array(#)",
        "States.Array(nope)",
        "Format('x')"
      })
  void malformedCall_failsWithRuntimeError(String source) {
    // WHEN parsing a malformed call
    StatesException failure =
        catchThrowableOfType(StatesException.class, () -> IntrinsicParser.parse(source));

    // THEN it fails as States.Runtime naming the source
    assertThat(failure).isNotNull();
    assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(failure.cause()).contains(source);
  }

  @Test
  void unknownFunction_failsNamingIt() {
    // WHEN parsing a name that is not one of the 18 intrinsics
    StatesException failure =
        catchThrowableOfType(
            StatesException.class, () -> IntrinsicParser.parse("States.Compare(1, 2)"));

    // THEN the cause names it
    assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(failure.cause()).contains("'States.Compare' is not an intrinsic function");
  }

  @Test
  void registry_holdsTheEighteenIntrinsics() {
    // THEN every documented intrinsic is known, and nothing else
    assertThat(IntrinsicRegistry.size()).isEqualTo(18);
    assertThat(IntrinsicRegistry.isKnown("States.ArrayUnique")).isTrue();
    assertThat(IntrinsicRegistry.isKnown("States.MathSubtract")).isFalse();
  }
}
