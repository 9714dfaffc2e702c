package dev.opsflow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.customers.PhoneNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuiltInCrmTest {
  private final CustomerStore customers = new CustomerStore(TestPostgres.dataSource());
  private final BuiltInCrm crm = new BuiltInCrm(customers, PhoneNumbers.us());

  @BeforeEach
  void empty() {
    TestPostgres.truncate("requests", "customers");
  }

  @Test
  void newContact_isCreated_andAnUpsertByEmailUpdatesIt() {
    // GIVEN a contact the CRM does not know
    CrmRef created = crm.upsertContact(CrmContact.of(null, "Emily Chen", "555-222-3333", "emily@example.com", null), "exec#SyncToCrm");

    // WHEN a later request from the same email brings her address and a corrected name
    CrmRef updated = crm.upsertContact(CrmContact.of(null, "Emily Chen-Park", null, "Emily@Example.com", "500 Pine Rd"), "exec-2#SyncToCrm");

    // THEN it is one customer with both requests' details
    assertThat(created.created()).isTrue();
    assertThat(updated).isEqualTo(new CrmRef("builtin", created.id(), false));
    var customer = customers.find(created.id()).orElseThrow();
    assertThat(customer.name()).isEqualTo("Emily Chen-Park");
    assertThat(customer.phoneE164()).isEqualTo("+15552223333");
    assertThat(customer.address()).isEqualTo("500 Pine Rd");
    assertThat(crm.findByPhone("+15552223333")).contains(new CrmRef("builtin", created.id(), false));
    assertThat(crm.findByEmail("nobody@example.com")).isEmpty();
  }

  @Test
  void emptyContact_isRejected() {
    assertThatThrownBy(() -> crm.upsertContact(CrmContact.of(null, null, null, " ", null), "k"))
        .isInstanceOf(CrmRejectedException.class);
  }
}
