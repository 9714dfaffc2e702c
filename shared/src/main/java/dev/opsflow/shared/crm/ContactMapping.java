package dev.opsflow.shared.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.config.CrmMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How contact fields become a CRM's properties: the {@code contact} section of {@code config/crm-mapping.json}.
 * Each entry maps one opsflow field to the built-in column and to HubSpot properties through a transform
 * ({@code none}, {@code lowercase}, {@code e164}, {@code split_name} into first and last name, {@code value_map}).
 */
public record ContactMapping(List<Field> fields) {
  /** One mapped field. {@code values} is the table of {@code value_map}, empty otherwise. */
  public record Field(String field, String builtin, List<String> hubspot, String transform, Map<String, String> values) {
    public Field {
      hubspot = List.copyOf(hubspot);
      values = Map.copyOf(values);
      if (!List.of("none", "lowercase", "e164", "split_name", "value_map").contains(transform)) {
        throw new IllegalArgumentException("crm-mapping: field " + field + ": unknown transform " + transform);
      }
      if (transform.equals("split_name") && hubspot.size() != 2) {
        throw new IllegalArgumentException("crm-mapping: field " + field + ": split_name needs two properties (first, last)");
      }
    }
  }

  public ContactMapping {
    fields = List.copyOf(fields);
  }

  /** The standard contact properties: name split into firstname/lastname, phone (E.164), email (lower case), address. */
  public static ContactMapping defaults() {
    return new ContactMapping(List.of(
        new Field("customer_name", "name", List.of("firstname", "lastname"), "split_name", Map.of()),
        new Field("phone", "phone", List.of("phone"), "e164", Map.of()),
        new Field("email", "email", List.of("email"), "lowercase", Map.of()),
        new Field("address", "address", List.of("address"), "none", Map.of())));
  }

  /** A plain field-to-property table (no transforms), e.g. {"email": "email", "customer_name": "full_name"}. */
  public static ContactMapping of(Map<String, String> fieldToProperty) {
    List<Field> fields = new ArrayList<>();
    fieldToProperty.forEach((field, property) -> fields.add(new Field(field, field, List.of(property), "none", Map.of())));
    return new ContactMapping(fields);
  }

  /** The contact part of the loaded, schema-checked config ({@link dev.opsflow.shared.config.ConfigLoader}). */
  public static ContactMapping from(CrmMapping config) {
    List<Field> fields = new ArrayList<>();
    for (CrmMapping.FieldMapping f : config.contact()) {
      fields.add(new Field(f.field(), f.builtin() == null ? f.field() : f.builtin(), f.hubspot(),
          f.transform().name().toLowerCase(Locale.ROOT), f.values()));
    }
    return new ContactMapping(fields);
  }

  /** Reads the {@code contact} array of a parsed crm-mapping.json; IllegalArgumentException names a bad entry. */
  public static ContactMapping fromConfig(JsonNode crmMapping) {
    JsonNode contact = crmMapping.path("contact");
    if (!contact.isArray()) {
      throw new IllegalArgumentException("crm-mapping: /contact must be an array");
    }
    List<Field> fields = new ArrayList<>();
    for (JsonNode entry : contact) {
      List<String> hubspot = new ArrayList<>();
      entry.path("hubspot").forEach(property -> hubspot.add(property.asText()));
      Map<String, String> values = new LinkedHashMap<>();
      entry.path("values").properties().forEach(value -> values.put(value.getKey(), value.getValue().asText()));
      String field = entry.path("field").asText(null);
      if (field == null) {
        throw new IllegalArgumentException("crm-mapping: /contact/" + fields.size() + ": field is missing");
      }
      fields.add(new Field(field, entry.path("builtin").asText(field), hubspot, entry.path("transform").asText("none"), values));
    }
    return new ContactMapping(fields);
  }

  /** The HubSpot property the field is written to first (e.g. "email"), or null when it is not mapped. */
  public String hubspotProperty(String field) {
    return fields.stream().filter(f -> f.field().equals(field) && !f.hubspot().isEmpty())
        .map(f -> f.hubspot().getFirst()).findFirst().orElse(null);
  }
}
