package dev.opsflow.local.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {

  @Test
  void isIntrinsic_recognisesStatesCalls() {
    assertThat(IntrinsicFunctions.isIntrinsic("States.Format('{}', $.a)")).isTrue();
    assertThat(IntrinsicFunctions.isIntrinsic("$.a")).isFalse();
    assertThat(IntrinsicFunctions.isIntrinsic("{% $a %}")).isFalse();
  }

  @Test
  void pathThatFindsNothing_propagatesTheResolversError() {
    // GIVEN a context whose resolver fails for a missing path
    FakePathContext context = FakePathContext.of("{\"other\": 1}");

    // WHEN an argument path finds nothing
    StatesException failure =
        catchThrowableOfType(
            StatesException.class,
            () -> IntrinsicFunctions.evaluate("States.Format('{}', $.nope)", context));

    // THEN the resolver's States.Runtime error comes out unchanged
    assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(failure.cause()).contains("$.nope");
  }

  @Test
  void arguments_areResolvedLeftToRightThroughTheContext() {
    // GIVEN a context that records every path it resolves
    List<String> resolved = new ArrayList<>();
    FakePathContext data = FakePathContext.of("{\"a\": 1, \"b\": 2}").withVariable("v", "3");

    // WHEN evaluating a nested call mixing input paths and a variable
    IntrinsicFunctions.evaluate(
        "States.Array($.b, States.Array($v, $.a))",
        path -> {
          resolved.add(path);
          return data.resolve(path);
        });

    // THEN each path went to the context, in source order
    assertThat(resolved).containsExactly("$.b", "$v", "$.a");
  }
}
