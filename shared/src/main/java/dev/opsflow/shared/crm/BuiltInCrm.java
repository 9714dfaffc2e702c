package dev.opsflow.shared.crm;

import dev.opsflow.shared.customers.Customer;
import dev.opsflow.shared.customers.CustomerDetails;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.customers.PhoneNumbers;
import java.util.List;
import java.util.Optional;

/**
 * The built-in CRM: contacts are the {@code customers} table. An upsert updates the customer it names (or finds
 * by email, then phone) with the details given, and otherwise creates one under the idempotency key, so a
 * retried sync finds what the first attempt created. Fields other than name, phone, email and address have no
 * column here and are ignored.
 */
public final class BuiltInCrm implements CrmPort {
  private final CustomerStore customers;
  private final PhoneNumbers phones;

  public BuiltInCrm(CustomerStore customers, PhoneNumbers phones) {
    this.customers = customers;
    this.phones = phones;
  }

  @Override
  public String system() {
    return "builtin";
  }

  @Override
  public CrmRef upsertContact(CrmContact contact, String idempotencyKey) {
    CustomerDetails details = new CustomerDetails(contact.field("customer_name"),
        phones.toE164(contact.field("phone")).orElse(null), contact.field("email"), contact.field("address"));
    Optional<Customer> existing = Optional.ofNullable(contact.customerId()).flatMap(customers::find)
        .or(() -> first(customers.findByEmail(details.email())))
        .or(() -> first(customers.findByPhone(details.phoneE164())));
    if (existing.isPresent()) {
      return new CrmRef(system(), customers.overwrite(existing.get().id(), details).id(), false);
    }
    if (details.isEmpty()) {
      throw new CrmRejectedException("A contact needs a name, phone, email or address", 0);
    }
    Customer created = customers.create(details, idempotencyKey);
    return new CrmRef(system(), created.id(), true);
  }

  @Override
  public Optional<CrmRef> findByEmail(String email) {
    return first(customers.findByEmail(email)).map(c -> new CrmRef(system(), c.id(), false));
  }

  @Override
  public Optional<CrmRef> findByPhone(String phoneE164) {
    return first(customers.findByPhone(phoneE164)).map(c -> new CrmRef(system(), c.id(), false));
  }

  private static Optional<Customer> first(List<Customer> found) {
    return found.stream().findFirst();
  }
}
