package dev.opsflow.shared.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisationTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(555) 123-4567        | +15551234567",
    "555.123.4567          | +15551234567",
    "+1 555 123 4567       | +15551234567",
    "1-555-123-4567        | +15551234567",
    "555-123-4567 ext. 89  | +15551234567",
    "+44 20 7946 0958      | +442079460958",
  })
  void writtenNumbers_becomeE164(String raw, String e164) {
    // GIVEN / WHEN / THEN a US default region places numbers without a country code
    assertThat(PhoneNumbers.us().toE164(raw)).contains(e164);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"555-1234", "call me", "12", "''"})
  void impossibleNumbers_areEmpty(String raw) {
    assertThat(PhoneNumbers.us().toE164(raw)).isEmpty();
  }

  @Test
  void otherDefaultRegion_placesLocalNumbersThere_andAnUnknownRegionIsRefused() {
    assertThat(new PhoneNumbers("gb").toE164("020 7946 0958")).contains("+442079460958");
    assertThatThrownBy(() -> new PhoneNumbers("XX")).hasMessageContaining("XX");
  }

  @Test
  void emails_areTrimmedAndLowerCased_butGmailDotsAndTagsAreKept() {
    assertThat(EmailAddresses.normalise("  John.Smith@Gmail.COM ")).contains("john.smith@gmail.com");
    assertThat(EmailAddresses.normalise("<mailto:Ann+plumbing@Example.org>")).contains("ann+plumbing@example.org");
    assertThat(EmailAddresses.normalise("mailto:<Ann+plumbing@Example.org>")).contains("ann+plumbing@example.org");
    assertThat(EmailAddresses.normalise("j.smith@gmail.com")).isNotEqualTo(EmailAddresses.normalise("jsmith@gmail.com"));
    assertThat(EmailAddresses.normalise("not an email")).isEmpty();
  }

  @Test
  void names_dropHonorificsAccentsAndPunctuation_andForgiveOrder() {
    assertThat(Names.normalise("Dr. José  O'Brien")).isEqualTo("jose obrien");
    assertThat(Names.normalise("Smith, John")).isEqualTo("john smith");
    assertThat(Names.similarity("john smith", Names.normalise("Smith John"))).isEqualTo(0.95);
    assertThat(Names.similarity("jon smith", "john smith")).isGreaterThan(0.9);
    assertThat(Names.similarity("robert jones", "john smith")).isLessThan(0.7);
    assertThat(Names.similarity("j smith", "john smith")).isGreaterThan(0.9);
    assertThat(Names.similarity("maria", "maria gonzalez")).isEqualTo(0.9);
  }

  @Test
  void addresses_mapSpellingsOntoOne() {
    NormalisedAddress a = Addresses.normalise("12 Oak Street, Apartment 4, Springfield, IL 62704");
    NormalisedAddress b = Addresses.normalise("12 oak st. #4 springfield il 62704");
    assertThat(a).isEqualTo(b);
    assertThat(a.text()).isEqualTo("12 oak st unit 4 springfield il 62704");
    assertThat(Addresses.normalise("300 North Main Ave Suite 2B")).isEqualTo(new NormalisedAddress("300", "n main ave", "2b", ""));
    assertThat(Addresses.normalise("5 St Marys Road").street()).isEqualTo("st marys rd");
  }

  @Test
  void addresses_withOtherNumbersOrUnits_areNotAlike() {
    NormalisedAddress home = Addresses.normalise("12 Oak St Apt 4, Springfield");
    assertThat(Addresses.similarity(home, Addresses.normalise("12 Oak Street, Apt 4"))).isGreaterThan(0.95);
    assertThat(Addresses.similarity(home, Addresses.normalise("12 Oak St, Springfield"))).isGreaterThan(0.9);
    assertThat(Addresses.similarity(home, Addresses.normalise("14 Oak St Apt 4, Springfield"))).isZero();
    assertThat(Addresses.similarity(home, Addresses.normalise("12 Oak St Apt 5, Springfield"))).isLessThan(0.6);
    assertThat(Addresses.similarity(home, Addresses.normalise("12 Elm St Apt 4, Springfield"))).isLessThan(0.9);
  }
}
