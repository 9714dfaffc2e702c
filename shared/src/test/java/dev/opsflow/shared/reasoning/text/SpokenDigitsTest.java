package dev.opsflow.shared.reasoning.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenDigitsTest {

  @Test
  void spokenGroups_becomeDigitGroups() {
    // GIVEN a transcript that says a number in three groups
    String text = "call me at five five five, two one two, oh one four three thanks";

    // WHEN it is normalised
    MappedText mapped = SpokenDigits.normalise(text);

    // THEN the groups are digits separated by spaces, and the words around are kept
    assertThat(mapped.text()).isEqualTo("call me at 555 212 0143 thanks");
  }

  @Test
  void doubleTripleTensAndFor_areUnderstood() {
    // GIVEN "triple", "double", a tens word and a mis-transcribed "for"
    String text = "it's three one for triple five double oh fifty two";

    // WHEN it is normalised
    String digits = SpokenDigits.normalise(text).text();

    // THEN every spoken form is a digit
    assertThat(digits).isEqualTo("it's 3145550052");
  }

  @Test
  void ohAlone_staysAWord() {
    // GIVEN "oh" used as an interjection
    String text = "oh no, the sink is leaking";

    // WHEN it is normalised
    String digits = SpokenDigits.normalise(text).text();

    // THEN nothing changes
    assertThat(digits).isEqualTo(text);
  }

  @Test
  void writtenSingleDigits_areJoined() {
    // GIVEN a number typed digit by digit with commas between groups
    String text = "number is 3 1 2, 5 5 5, 0 1 9 9.";

    // WHEN it is normalised
    String digits = SpokenDigits.normalise(text).text();

    // THEN the digits form groups
    assertThat(digits).isEqualTo("number is 312 555 0199.");
  }

  @Test
  void spokenRunBeforeWrittenNumber_startsNewGroup() {
    // GIVEN a spoken phone number followed by a written house number
    String text = "six one four five five five zero one two three 88 Elm Street";

    // WHEN it is normalised
    MappedText mapped = SpokenDigits.normalise(text);

    // THEN the house number is not glued to the phone number, and spans map back to the words
    assertThat(mapped.text()).startsWith("6145550123 88 Elm Street");
    int[] span = mapped.originalSpan(0, 10);
    assertThat(text.substring(span[0], span[1])).isEqualTo("six one four five five five zero one two three");
  }
}
