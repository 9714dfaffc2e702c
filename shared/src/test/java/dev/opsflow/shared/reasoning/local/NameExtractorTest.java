package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.ExtractedField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameExtractorTest {
  private final NameExtractor names = new NameExtractor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "hi it's uh Carla Mendes calling about the sink#Carla Mendes",
        "Hello, my name is Tobias Rahn. The furnace is out.#Tobias Rahn",
        "I'm having trouble with the dryer. I'm Nell, at 5 Oak St#Nell",
        "hey this is will the heater died#",
        "Name: Rosa Imani\\nPhone: 555#Rosa Imani",
        "The AC is out.\\n\\nBest regards,\\n\\nQuentin Hale | Director\\nHale Partners#Quentin Hale",
        "fridge is warm, come asap - Bea#Bea",
        "leaky faucet. Otto 312-555-0100#Otto",
        "Please call Ines Falk at 312 555 0100 today#Ines Falk",
        "Water heater leaking.\\n\\nJ. Alvarez Jr.\\n312-555-0100#J. Alvarez Jr."
      })
  void messyIntroductionsAndSignatures_giveTheName(String raw, String expected) {
    // GIVEN a message where the sender gives a name in one of the usual ways (or only a common word)
    String text = raw.replace("\\n", "\n");

    // WHEN the name is extracted
    // THEN it is the name as written, or none
    if (expected == null) {
      assertThat(names.extract(text)).isEmpty();
    } else {
      assertThat(names.extract(text)).map(ExtractedField::value).hasValue(expected);
    }
  }

  @Test
  void repeatedName_givesFullestForm() {
    // GIVEN a caller who gives the first name, then the full name
    String text = "Hey it's Ron, uh, Ron Whitlock, the toilet keeps running";

    // WHEN the name is extracted
    // THEN the fuller form wins
    assertThat(names.extract(text)).map(ExtractedField::value).hasValue("Ron Whitlock");
  }
}
