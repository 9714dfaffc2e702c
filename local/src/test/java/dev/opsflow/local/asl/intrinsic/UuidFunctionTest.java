package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UuidFunctionTest {

  @Test
  void uuid_isARandomVersion4Uuid() {
    String first = evaluate("States.UUID()").textValue();
    String second = evaluate("States.UUID()").textValue();

    assertThat(first)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void uuid_withArgument_fails() {
    assertThat(failure("States.UUID(1)").cause())
        .isEqualTo("Invalid arguments in States.UUID: expected 0 arguments but received 1.");
  }
}
