package dev.opsflow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContactMappingTest {
  @Test
  void repositoryMappingFile_readsAndMapsTheStandardFields() throws IOException {
    // GIVEN the repository's config/crm-mapping.json (tests run in shared/)
    Path file = Path.of("..", "config", "crm-mapping.json");
    assumeTrue(Files.exists(file), "config/crm-mapping.json not present");

    // WHEN read
    ContactMapping mapping = ContactMapping.fromConfig(Json.parse(Files.readString(file)));

    // THEN email and phone map to HubSpot's standard properties, as the typed config loader reads them too
    assertThat(mapping.hubspotProperty("email")).isEqualTo("email");
    assertThat(ContactMapping.from(dev.opsflow.shared.config.ConfigLoader.fromDirectory(file.getParent()).crmMapping()))
        .isEqualTo(mapping);
    assertThat(mapping.hubspotProperty("phone")).isEqualTo("phone");
  }

  @Test
  void valueMapAndSplitName_transformTheValues() {
    ContactMapping mapping = ContactMapping.fromConfig(Json.parse("""
        {"contact":[{"field":"customer_name","hubspot":["firstname","lastname"],"transform":"split_name"},
                    {"field":"urgency","hubspot":["hs_lead_status"],"transform":"value_map","values":{"emergency":"HIGH"}}]}"""));
    var contact = new CrmContact(null, null, java.util.Map.of("customer_name", "Mary Ann Jones", "urgency", "emergency"));
    var properties = HubSpotProperties.of(contact, mapping, dev.opsflow.shared.customers.PhoneNumbers.us());
    assertThat(Json.write(properties)).isEqualTo("{\"firstname\":\"Mary Ann\",\"lastname\":\"Jones\",\"hs_lead_status\":\"HIGH\"}");
  }

  @Test
  void requestRecord_becomesAContact_withDetailsFlattened() {
    var record = Json.parse("""
        {"customer_name":"Tom Baker","phone":"+15550002222","email":null,"urgency":"urgent",
         "details":{"fixture":"kitchen sink","water_shut_off":true}}""");
    CrmContact contact = CrmContact.fromRecord("cus-9", record, "voicemail");
    assertThat(contact.fields()).containsEntry("customer_name", "Tom Baker").containsEntry("fixture", "kitchen sink")
        .containsEntry("water_shut_off", "true").containsEntry("channel", "voicemail").doesNotContainKey("email");
  }

  @Test
  void unknownTransform_isRefusedNamingTheField() {
    assertThatThrownBy(() -> ContactMapping.fromConfig(Json.parse("{\"contact\":[{\"field\":\"email\",\"hubspot\":[\"email\"],\"transform\":\"upper\"}]}")))
        .hasMessageContaining("email").hasMessageContaining("upper");
  }
}
