package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneExtractorTest {
  private final PhoneExtractor phones = new PhoneExtractor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "reach me at (312) 555-0142 after lunch|+13125550142",
        "cell 312.555.0142|+13125550142",
        "+1 312 555 0142 is fine|+13125550142",
        "3125550142|+13125550142",
        "call 1-312-555-0142 ext. 9|+13125550142",
        "three one two, five five five, zero one four two|+13125550142",
        "three one two triple five oh one four two|+13125550142",
        "number's 3 1 2 5 5 5 0 1 4 2 bye|+13125550142"
      })
  void messyFormats_giveE164(String text, String expected) {
    // GIVEN a number in one of the forms people write or say
    // WHEN the phone is extracted
    Optional<ExtractedField> phone = phones.extract(text);

    // THEN it is the E.164 number and its evidence is in the text
    assertThat(phone).map(ExtractedField::value).hasValue(expected);
    assertThat(text).contains(phone.get().evidence().quote());
  }

  @Test
  void tenantsNumberForReference_isSkipped() {
    // GIVEN a landlord who gives the tenant's number for reference and their own for the callback
    String text = "My tenant (Jo, 312-555-0101) can let you in. Please call me at 312-555-0102.";

    // WHEN the phone is extracted
    // THEN the callback number wins
    assertThat(phones.extract(text)).map(ExtractedField::value).hasValue("+13125550102");
  }

  @Test
  void serialNumberAndBusinessNumber_areNotPhones() {
    // GIVEN a serial number and the business's own number in a quoted reply
    String text = "Model KX-1, serial # 4158675309. No number for me.\n> call us at (312) 555-0100 to book";

    // WHEN the phone is extracted
    // THEN nothing is returned
    assertThat(phones.extract(text)).isEmpty();
  }

  @Test
  void sevenDigitAndForeignNumbers_areIgnored() {
    // GIVEN a local number without area code and a UK mobile
    String text = "call 555-0199 or my mobile +44 7700 900123";

    // WHEN the phone is extracted
    // THEN neither counts
    assertThat(phones.extract(text)).isEmpty();
  }
}
