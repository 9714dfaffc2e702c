package dev.opsflow.shared.reasoning.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.shared.intake.DraftFlag;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DraftGuardTest {
  private static final AgentCall CALL =
      new AgentCall("draft-confirmation", "1", "test-model", 10, 20, 5, JsonNodeFactory.instance.objectNode());
  private final DraftGuard guard = new DraftGuard();

  @ParameterizedTest
  @ValueSource(strings = {
      "A technician will be there tomorrow at 3.",
      "We can come on Monday.",
      "Expect a call within 2 hours.",
      "We'll arrive at 10am.",
      "Your visit is booked for Nov 3.",
      "The diagnostic fee is $89.",
      "The inspection costs fifty dollars.",
      "The estimate is free."
  })
  void promiseOrPrice_needsHuman(String body) {
    // GIVEN a draft that promises a time or names a price
    Draft draft = Draft.unchecked("Your request", body, CALL);

    // WHEN the guard checks it
    Draft checked = guard.check(draft);

    // THEN a person must approve it, and the reason quotes the words
    assertThat(checked.needsHuman()).isTrue();
    assertThat(checked.flags()).isNotEmpty();
    assertThat(checked.reasons()).isNotEmpty().allMatch(r -> r.startsWith("promises a date or time") || r.startsWith("names a price"));
  }

  @Test
  void priceAndTime_raiseBothFlags() {
    // GIVEN a draft that does both
    Draft draft = Draft.unchecked("Booked", "See you Monday; the visit is $79.", CALL);

    // WHEN the guard checks it
    // THEN both flags are raised for the approval policy
    assertThat(guard.check(draft).flags()).containsExactlyInAnyOrder(DraftFlag.PROMISES_TIME, DraftFlag.NAMES_PRICE);
  }

  @Test
  void plainConfirmation_passes() {
    // GIVEN a confirmation that only says we will call to agree a time
    Draft draft = Draft.unchecked("We received your request (ref req-42)",
        "Hello Ana, we recorded your plumbing request. Our team will contact you to agree a visit time. "
            + "Feel free to reply with photos.", CALL);

    // WHEN the guard checks it
    Draft checked = guard.check(draft);

    // THEN it goes out as is
    assertThat(checked.needsHuman()).isFalse();
    assertThat(checked.flags()).isEmpty();
    assertThat(checked.reasons()).isEmpty();
  }
}
