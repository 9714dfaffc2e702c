package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.ExtractedField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressExtractorTest {
  private final AddressExtractor addresses = new AddressExtractor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "we live at 12 N. Birch St. in town|12 N. Birch St.",
        "house is 4410 Old Mill Road, Apt 3C, Dayton, OH 45402 thanks|4410 Old Mill Road, Apt 3C, Dayton, OH 45402",
        "come to 77 Maple Ave #12 tomorrow|77 Maple Ave #12",
        "it's 903 Lakeshore Blvd unit 4 B near the park|903 Lakeshore Blvd unit 4 B",
        "we're at nineteen forty Harbor View Drive|nineteen forty Harbor View Drive",
        "address: 5 Orchard Court, Springfield|5 Orchard Court, Springfield",
        "I'm at 210 West Juniper, call me|210 West Juniper"
      })
  void messyAddresses_areCopiedAsWritten(String text, String expected) {
    // GIVEN an address in a message
    // WHEN the address is extracted
    // THEN the value is the text as written, from the number through the unit or city
    assertThat(addresses.extract(text)).map(ExtractedField::value).hasValue(expected);
  }

  @Test
  void cityOnNextLine_isLeftOut() {
    // GIVEN a signature with the city on its own line
    String text = "Jo Smith\n15 Rosewood Lane\nColumbus, OH 43215";

    // WHEN the address is extracted
    // THEN it ends at the end of its line
    assertThat(addresses.extract(text)).map(ExtractedField::value).hasValue("15 Rosewood Lane");
  }

  @Test
  void numbersWithoutStreets_areNoAddress() {
    // GIVEN numbers followed by ordinary words, including a trap ending in a suffix word
    String text = "we have 2 kids in the way and 3 days of leaks, 40 gallon tank";

    // WHEN the address is extracted
    // THEN there is none
    assertThat(addresses.extract(text)).isEmpty();
  }

  @Test
  void letterheadAddress_isSkipped() {
    // GIVEN a company letterhead line in a quoted reply, and no service address
    String text = "Yes please book it.\n> Acme Heating | 1200 Industrial Pkwy, Columbus OH";

    // WHEN the address is extracted
    // THEN the letterhead is not the service address
    assertThat(addresses.extract(text)).isEmpty();
  }
}
