package dev.opsflow.shared.crm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.customers.PhoneNumbers;
import java.util.Locale;

/** Turns a contact's fields into HubSpot's {@code properties} object through the mapping's transforms. */
final class HubSpotProperties {
  private HubSpotProperties() {}

  static ObjectNode of(CrmContact contact, ContactMapping mapping, PhoneNumbers phones) {
    ObjectNode properties = JsonNodeFactory.instance.objectNode();
    for (ContactMapping.Field field : mapping.fields()) {
      String value = contact.field(field.field());
      if (value == null || field.hubspot().isEmpty()) {
        continue;
      }
      switch (field.transform()) {
        case "split_name" -> {
          int space = value.lastIndexOf(' ');
          properties.put(field.hubspot().get(0), space < 0 ? value : value.substring(0, space).strip());
          if (space > 0) {
            properties.put(field.hubspot().get(1), value.substring(space + 1));
          }
        }
        case "e164" -> putAll(properties, field, phones.toE164(value).orElse(value));
        case "lowercase" -> putAll(properties, field, value.toLowerCase(Locale.ROOT));
        case "value_map" -> putAll(properties, field, field.values().getOrDefault(value, value));
        default -> putAll(properties, field, value);
      }
    }
    return properties;
  }

  private static void putAll(ObjectNode properties, ContactMapping.Field field, String value) {
    field.hubspot().forEach(property -> properties.put(property, value));
  }
}
