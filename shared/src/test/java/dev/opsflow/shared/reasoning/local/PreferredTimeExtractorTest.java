package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.ExtractedField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferredTimeExtractorTest {
  private final PreferredTimeExtractor times = new PreferredTimeExtractor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "can someone come tomorrow morning?|tomorrow morning",
        "Saturday after 2pm works best for us|Saturday after 2pm",
        "we're free any day next week except Friday|any day next week except Friday",
        "need a plumber asap!!|asap",
        "can u come tmrw am|tmrw am",
        "mornings before 9 or after 6 are best|mornings before 9 or after 6",
        "Could somebody come by Monday afternoon?|Monday afternoon",
        "the leak started last night and it's worse this morning|",
        "no rush, I'm flexible|",
        "it's supposed to hit zero tonight, the furnace died yesterday, please call back today|today",
        "Preferred time: now!!\\nMessage: sparks|now"
      })
  void timePhrasesInContext_giveThePreference(String raw, String expected) {
    // GIVEN a message that may or may not state when the customer wants us
    String text = raw.replace("\\n", "\n");

    // WHEN the preferred time is extracted
    // THEN it is the shortest phrase in their words, or none
    if (expected == null) {
      assertThat(times.extract(text)).isEmpty();
    } else {
      assertThat(times.extract(text)).map(ExtractedField::value).hasValue(expected);
    }
  }
}
