package dev.opsflow.shared.customers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code customers} table: the built-in CRM. It stores each customer with the normalised forms matching
 * compares (E.164 phone, normalised email, name and address) and finds candidates by exact phone or email, or
 * by trigram similarity of name or address (pg_trgm, GIN-indexed). Creation is idempotent by creation key.
 */
public final class CustomerStore {
  /** Overwrites what is given: coalesce(new, old). */
  private static final String OVERWRITE_SQL = """
      UPDATE customers SET name = coalesce(?, name), name_normalised = coalesce(?, name_normalised),
        phone_e164 = coalesce(?, phone_e164), email = coalesce(?, email), email_normalised = coalesce(?, email_normalised),
        address = coalesce(?, address), address_normalised = coalesce(?, address_normalised), updated_at = ?
      WHERE id = ? RETURNING *""";

  /** Fills only what is missing: coalesce(old, new). */
  private static final String FILL_BLANKS_SQL = """
      UPDATE customers SET name = coalesce(name, ?), name_normalised = coalesce(name_normalised, ?),
        phone_e164 = coalesce(phone_e164, ?), email = coalesce(email, ?), email_normalised = coalesce(email_normalised, ?),
        address = coalesce(address, ?), address_normalised = coalesce(address_normalised, ?), updated_at = ?
      WHERE id = ? RETURNING *""";

  private final DataSource dataSource;
  private final Clock clock;

  public CustomerStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public CustomerStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /** Creates a customer, or returns the one {@code creationKey} already created (a retried step). */
  public Customer create(CustomerDetails details, String creationKey) {
    String id = "cus-" + UUID.randomUUID();
    return Jdbc.withConnection(dataSource, "create customer", connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO customers (id, name, name_normalised, phone_e164, email, email_normalised, address,
                                 address_normalised, creation_key, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (creation_key) DO NOTHING""")) {
        insert.setString(1, id);
        int next = bindDetails(insert, 2, details);
        insert.setString(next, creationKey);
        Jdbc.setInstant(insert, next + 1, clock.instant());
        Jdbc.setInstant(insert, next + 2, clock.instant());
        insert.executeUpdate();
      }
      return creationKey == null
          ? list(connection.prepareStatement("SELECT * FROM customers WHERE id = ?"), id).getFirst()
          : list(connection.prepareStatement("SELECT * FROM customers WHERE creation_key = ?"), creationKey).getFirst();
    });
  }

  public Optional<Customer> find(String id) {
    return query("SELECT * FROM customers WHERE id = ?", id).stream().findFirst();
  }

  public List<Customer> findByPhone(String phoneE164) {
    return phoneE164 == null ? List.of() : query("SELECT * FROM customers WHERE phone_e164 = ? ORDER BY created_at, id", phoneE164);
  }

  /** Customers whose normalised email equals {@code email} normalised. */
  public List<Customer> findByEmail(String email) {
    Optional<String> normalised = EmailAddresses.normalise(email);
    return normalised.isEmpty() ? List.of()
        : query("SELECT * FROM customers WHERE email_normalised = ? ORDER BY created_at, id", normalised.get());
  }

  /** The customer known in {@code system} (e.g. "hubspot") under {@code externalId}. */
  public Optional<Customer> findByExternalId(String system, String externalId) {
    String containment = Json.write(Json.MAPPER.createObjectNode().put(system, externalId));
    return query("SELECT * FROM customers WHERE external_ids @> ?::jsonb", containment).stream().findFirst();
  }

  /**
   * Up to {@code limit} customers whose normalised name or address is trigram-similar to these (pg_trgm's
   * {@code %}, similarity above 0.3), most similar first. Either argument may be null.
   */
  public List<Customer> similar(String name, String address, int limit) {
    String nameKey = name == null ? "" : Optional.ofNullable(Names.normalise(name)).orElse("");
    String addressKey = address == null ? "" : Addresses.normalise(address).text();
    if (nameKey.isEmpty() && addressKey.isEmpty()) {
      return List.of();
    }
    return query("""
        SELECT * FROM customers WHERE name_normalised % ? OR address_normalised % ?
        ORDER BY greatest(similarity(name_normalised, ?), similarity(address_normalised, ?)) DESC, id LIMIT ?""",
        nameKey, addressKey, nameKey, addressKey, limit);
  }

  /** Sets the details this customer lacks (null columns) and keeps the rest: a match never overwrites. */
  public Customer fillBlanks(String id, CustomerDetails details) {
    return setDetails(id, details, FILL_BLANKS_SQL);
  }

  /** Overwrites the details given (non-null) and keeps the others: a CRM upsert. */
  public Customer overwrite(String id, CustomerDetails details) {
    return setDetails(id, details, OVERWRITE_SQL);
  }

  /** Records this customer's id in another CRM. */
  public void setExternalId(String id, String system, String externalId) {
    Jdbc.withConnection(dataSource, "link customer " + id + " to " + system, connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE customers SET external_ids = external_ids || jsonb_build_object(?::text, ?::text), updated_at = ? WHERE id = ?")) {
        update.setString(1, system);
        update.setString(2, externalId);
        Jdbc.setInstant(update, 3, clock.instant());
        update.setString(4, id);
        if (update.executeUpdate() == 0) {
          throw new IllegalArgumentException("No such customer: " + id);
        }
        return null;
      }
    });
  }

  private Customer setDetails(String id, CustomerDetails details, String sql) {
    return Jdbc.withConnection(dataSource, "update customer " + id, connection -> {
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        int next = bindDetails(update, 1, details);
        Jdbc.setInstant(update, next, clock.instant());
        update.setString(next + 1, id);
        List<Customer> updated = list(update);
        if (updated.isEmpty()) {
          throw new IllegalArgumentException("No such customer: " + id);
        }
        return updated.getFirst();
      }
    });
  }

  /** Binds name, name_normalised, phone, email, email_normalised, address, address_normalised from {@code index}. */
  private static int bindDetails(PreparedStatement statement, int index, CustomerDetails details) throws SQLException {
    String addressKey = details.address() == null ? null : Addresses.normalise(details.address()).text();
    statement.setString(index, details.name());
    statement.setString(index + 1, Names.normalise(details.name()));
    statement.setString(index + 2, details.phoneE164());
    statement.setString(index + 3, details.email());
    statement.setString(index + 4, EmailAddresses.normalise(details.email()).orElse(null));
    statement.setString(index + 5, details.address());
    statement.setString(index + 6, addressKey == null || addressKey.isEmpty() ? null : addressKey);
    return index + 7;
  }

  private List<Customer> query(String sql, Object... parameters) {
    return Jdbc.withConnection(dataSource, "read customers", connection -> list(connection.prepareStatement(sql), parameters));
  }

  private static List<Customer> list(PreparedStatement statement, Object... parameters) throws SQLException {
    try (statement) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Customer> customers = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          customers.add(customer(row));
        }
      }
      return customers;
    }
  }

  private static Customer customer(ResultSet row) throws SQLException {
    Map<String, String> externalIds = new LinkedHashMap<>();
    JsonNode ids = Jdbc.json(row, "external_ids");
    if (ids != null) {
      ids.properties().forEach(entry -> externalIds.put(entry.getKey(), entry.getValue().asText()));
    }
    return new Customer(row.getString("id"), row.getString("name"), row.getString("phone_e164"), row.getString("email"),
        row.getString("address"), externalIds, Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
  }
}
