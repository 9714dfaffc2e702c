package dev.opsflow.shared.crm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact to write to a CRM, in opsflow's own field names ({@code customer_name}, {@code phone},
 * {@code email}, {@code address}, {@code channel}, ...: the request record's names, which
 * {@code config/crm-mapping.json} maps onto the CRM's properties). {@code customerId} is the built-in CRM's
 * customer; {@code externalId}, when known, is the contact's id in the target CRM (saves a search).
 */
public record CrmContact(String customerId, String externalId, Map<String, String> fields) {
  public CrmContact {
    Map<String, String> present = new LinkedHashMap<>();
    fields.forEach((field, value) -> {
      if (value != null && !value.isBlank()) {
        present.put(field, value.strip());
      }
    });
    fields = java.util.Collections.unmodifiableMap(present);
  }

  /** The usual four fields. */
  public static CrmContact of(String customerId, String name, String phone, String email, String address) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("customer_name", name);
    fields.put("phone", phone);
    fields.put("email", email);
    fields.put("address", address);
    return new CrmContact(customerId, null, fields);
  }

  /**
   * Every text, number or boolean field of a request record (top level, and {@code details.*} flattened to
   * their own names, as crm-mapping.json names them), plus {@code channel}.
   */
  public static CrmContact fromRecord(String customerId, JsonNode record, String channel) {
    Map<String, String> fields = new LinkedHashMap<>();
    record.properties().forEach(field -> {
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        fields.put(field.getKey(), field.getValue().asText());
      }
    });
    record.path("details").properties().forEach(field -> {
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        fields.putIfAbsent(field.getKey(), field.getValue().asText());
      }
    });
    fields.put("channel", channel);
    return new CrmContact(customerId, null, fields);
  }

  public CrmContact withExternalId(String id) {
    return new CrmContact(customerId, id, fields);
  }

  public String field(String name) {
    return fields.get(name);
  }
}
