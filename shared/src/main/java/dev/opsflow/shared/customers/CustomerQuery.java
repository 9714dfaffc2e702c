package dev.opsflow.shared.customers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a request says about who sent it, as written (phone in any format, email in any case); any part may be
 * null. Built from the record's {@code customer_name}, {@code phone}, {@code email} and {@code address}.
 */
public record CustomerQuery(String name, String phone, String email, String address) {
  /** Reads the four fields of a request record (missing or null fields are null). */
  public static CustomerQuery fromRecord(JsonNode record) {
    return new CustomerQuery(text(record, "customer_name"), text(record, "phone"), text(record, "email"), text(record, "address"));
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record == null ? null : record.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }
}
