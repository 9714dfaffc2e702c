package dev.opsflow.shared.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Matching against a small CRM with realistic near misses: typos, formats, neighbours, recycled numbers. */
class CustomerMatcherTest {
  private final CustomerStore store = new CustomerStore(TestPostgres.dataSource());
  private final CustomerMatcher matcher = new CustomerMatcher(store, PhoneNumbers.us(), MatchPolicy.defaults());
  private Customer john;
  private Customer maria;
  private Customer robert;

  @BeforeEach
  void crm() {
    TestPostgres.truncate("requests", "customers");
    john = store.create(new CustomerDetails("John Smith", "+15551234567", "john.smith@gmail.com",
        "12 Oak Street, Apt 4, Springfield, IL 62704"), "seed-john");
    maria = store.create(new CustomerDetails("Maria Gonzalez", "+15557654321", null, "88 Elm Avenue, Springfield"), "seed-maria");
    robert = store.create(new CustomerDetails("Robert Jones", "+15550001111", "bob@jones.example", "14 Oak St, Springfield"), "seed-robert");
  }

  @Test
  void phoneWrittenDifferently_withANameTypo_matchesByPhone() {
    // GIVEN / WHEN a voicemail transcript's "(555) 123-4567" from "Jon Smith"
    MatchResult result = matcher.match(new CustomerQuery("Jon Smith", "(555) 123-4567", null, null));

    // THEN it is John, by phone, with high confidence
    assertThat(result.customerId()).isEqualTo(john.id());
    assertThat(result.method()).isEqualTo(MatchMethod.PHONE);
    assertThat(result.confidence()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void emailInOtherCase_matchesByEmail_butWithoutItsDotsItDoesNot() {
    // GIVEN / WHEN the same address in other case, and the gmail address without its dot
    MatchResult sameAddress = matcher.match(new CustomerQuery(null, null, " John.Smith@Gmail.com ", null));
    MatchResult withoutDot = matcher.match(new CustomerQuery(null, null, "johnsmith@gmail.com", null));

    // THEN only the first is John
    assertThat(sameAddress.customerId()).isEqualTo(john.id());
    assertThat(sameAddress.method()).isEqualTo(MatchMethod.EMAIL);
    assertThat(withoutDot.matched()).isFalse();
  }

  @Test
  void misspelledNameAndAbbreviatedAddress_matchByNameAndAddress() {
    // GIVEN / WHEN a web form from "Maria Gonzales, 88 Elm Ave." with no phone
    MatchResult result = matcher.match(new CustomerQuery("Maria Gonzales", null, null, "88 Elm Ave."));

    // THEN it is Maria
    assertThat(result.customerId()).isEqualTo(maria.id());
    assertThat(result.method()).isEqualTo(MatchMethod.NAME_ADDRESS);
    assertThat(result.confidence()).isBetween(0.9, 0.97);
  }

  @Test
  void sameNameAtTheNeighboursNumber_orInAnotherApartment_doesNotMatch() {
    // GIVEN / WHEN "John Smith" at number 14 (Robert's house) and at apartment 5 of John's building
    MatchResult neighbour = matcher.match(new CustomerQuery("John Smith", null, null, "14 Oak St, Springfield"));
    MatchResult otherFlat = matcher.match(new CustomerQuery("John Smith", null, null, "12 Oak Street Apt 5, Springfield"));

    // THEN neither is tied to John or Robert, though John is a candidate for staff to check
    assertThat(neighbour.matched()).isFalse();
    assertThat(otherFlat.matched()).isFalse();
    assertThat(otherFlat.candidates()).extracting(MatchCandidate::customerId).contains(john.id());
  }

  @Test
  void recycledNumber_withAnotherNameAndAddress_doesNotMatch_butAHouseholdMemberDoes() {
    // GIVEN / WHEN Robert's old number calls as Emily Chen from elsewhere, and Jane calls from John's number at home
    MatchResult recycled = matcher.match(new CustomerQuery("Emily Chen", "555-000-1111", null, "500 Pine Rd"));
    MatchResult household = matcher.match(new CustomerQuery("Jane Smith", "5551234567", null, "12 Oak St #4"));

    // THEN Emily is not Robert (he stays a phone candidate), and Jane's request belongs to the Smiths
    assertThat(recycled.matched()).isFalse();
    assertThat(recycled.candidates()).first().satisfies(c -> {
      assertThat(c.customerId()).isEqualTo(robert.id());
      assertThat(c.method()).isEqualTo(MatchMethod.PHONE);
    });
    assertThat(household.customerId()).isEqualTo(john.id());
  }

  @Test
  void noMatch_createsTheCustomerOnce_howeverOftenTheStepIsRetried() {
    // GIVEN a request from someone new
    CustomerQuery query = new CustomerQuery("Emily Chen", "(555) 222-3333", "Emily.Chen@Example.com", "500 Pine Rd");

    // WHEN the matching step runs, and is retried with the same key
    MatchResult first = matcher.matchOrCreate(query, "exec-1#MatchCustomer");
    MatchResult retry = matcher.matchOrCreate(query, "exec-1#MatchCustomer");

    // THEN one customer was created, with normalised phone, and the retry matches her
    assertThat(first.method()).isEqualTo(MatchMethod.CREATED);
    assertThat(first.confidence()).isEqualTo(1.0);
    assertThat(retry.customerId()).isEqualTo(first.customerId());
    assertThat(retry.method()).isEqualTo(MatchMethod.PHONE);
    Customer emily = store.find(first.customerId()).orElseThrow();
    assertThat(emily.phoneE164()).isEqualTo("+15552223333");
    assertThat(store.findByEmail("emily.chen@example.com")).hasSize(1);
  }

  @Test
  void match_fillsTheCustomersBlanks_withoutOverwriting() {
    // GIVEN Maria, known without an email, writes from her phone with an email and a shorter address
    MatchResult result = matcher.matchOrCreate(
        new CustomerQuery("Maria", "+1 555 765 4321", "maria.g@example.com", "88 Elm Ave"), "exec-2#MatchCustomer");

    // THEN she is matched and gains the email; her name and address stay as they were
    assertThat(result.customerId()).isEqualTo(maria.id());
    Customer updated = store.find(maria.id()).orElseThrow();
    assertThat(updated.email()).isEqualTo("maria.g@example.com");
    assertThat(updated.name()).isEqualTo("Maria Gonzalez");
    assertThat(updated.address()).isEqualTo("88 Elm Avenue, Springfield");
  }

  @Test
  void requestRecord_isReadIntoAQuery() {
    // GIVEN an extracted record with the customer's fields (email null)
    var record = dev.opsflow.shared.json.Json.parse("""
        {"customer_name":"Maria Gonzales","phone":"555 765 4321","email":null,"address":"88 Elm Ave","issue_type":"plumbing"}""");

    // WHEN matched THEN it is Maria, by phone
    MatchResult result = matcher.match(CustomerQuery.fromRecord(record));
    assertThat(result.customerId()).isEqualTo(maria.id());
    assertThat(result.method()).isEqualTo(MatchMethod.PHONE);
    assertThat(result.confidenceDecimal()).isEqualByComparingTo("0.990");
  }

  @Test
  void requestNamingNoOne_matchesNothing_andCreatesNothing() {
    MatchResult result = matcher.matchOrCreate(new CustomerQuery(null, "n/a", null, null), "exec-3#MatchCustomer");
    assertThat(result.method()).isEqualTo(MatchMethod.NONE);
    assertThat(store.similar("anyone", null, 10)).isEmpty();
  }

  @Test
  void externalIds_linkACustomerToAnotherCrm() {
    store.setExternalId(john.id(), "hubspot", "51");
    assertThat(store.findByExternalId("hubspot", "51")).get().extracting(Customer::id).isEqualTo(john.id());
    assertThat(store.find(john.id()).orElseThrow().externalIds()).containsEntry("hubspot", "51");
  }
}
