package dev.opsflow.shared.crm;

import java.util.Optional;

/**
 * The CRM the business keeps its contacts in: the built-in one (PostgreSQL) by default, HubSpot when configured.
 * {@link #upsertContact} creates or updates one contact and may be repeated by a retried step: it finds the
 * contact it (or anyone) made before, by external id, email or phone, instead of making a twin. Failures are
 * {@link CrmUnavailableException} (retry later) or {@link CrmRejectedException} (will never succeed as sent).
 */
public interface CrmPort {
  /** The CRM's name, as in {@code customers.external_ids}: {@code builtin}, {@code hubspot}. */
  String system();

  CrmRef upsertContact(CrmContact contact, String idempotencyKey);

  Optional<CrmRef> findByEmail(String email);

  /** {@code phoneE164} as {@link dev.opsflow.shared.customers.PhoneNumbers} writes it. */
  Optional<CrmRef> findByPhone(String phoneE164);
}
