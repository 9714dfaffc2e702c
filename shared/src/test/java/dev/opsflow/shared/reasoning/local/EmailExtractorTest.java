package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.ExtractedField;
import org.junit.jupiter.api.Test;

class EmailExtractorTest {
  private final EmailExtractor emails = new EmailExtractor();

  @Test
  void mixedCaseEmail_isLowerCased() {
    // GIVEN an address typed with capitals
    String text = "Email: Jane.Doe@Example.COM";

    // WHEN the email is extracted
    // THEN it is lower case
    assertThat(emails.extract(text, null)).map(ExtractedField::value).hasValue("jane.doe@example.com");
  }

  @Test
  void spokenEmail_isSpeltOut() {
    // GIVEN a transcript that says the address
    String text = "my email is jane dot doe at gmail dot com thanks";

    // WHEN the email is extracted
    // THEN the words become the address
    assertThat(emails.extract(text, null)).map(ExtractedField::value).hasValue("jane.doe@gmail.com");
  }

  @Test
  void recipientAndOtherSendersHeaders_areSkipped() {
    // GIVEN a reply whose headers carry the business's and a third party's addresses
    String text = "Please fix it.\nSam\n\nFrom: Lee Park <lee@example.org>\nTo: office@acme.example\nSubject: leak";

    // WHEN the email is extracted for sender Sam
    // THEN no address is the sender's
    assertThat(emails.extract(text, "Sam")).isEmpty();
  }

  @Test
  void sendersOwnQuotedHeader_counts() {
    // GIVEN a reply whose quoted header is the sender's own earlier message
    String text = "Tuesday works.\nNora\n> On Oct 8, Nora Kessler <nora.k@example.net> wrote:\n>> need a dishwasher installed";

    // WHEN the email is extracted for sender Nora
    // THEN the header address is hers
    assertThat(emails.extract(text, "Nora")).map(ExtractedField::value).hasValue("nora.k@example.net");
  }
}
