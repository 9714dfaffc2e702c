package dev.opsflow.shared.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.customers.PhoneNumbers;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HubSpot contacts through the CRM v3 API: search ({@code POST /crm/v3/objects/contacts/search}, filter groups
 * OR-ed: email EQ, phone EQ), update ({@code PATCH /crm/v3/objects/contacts/{id}}) and create
 * ({@code POST /crm/v3/objects/contacts}). An upsert patches the contact it knows or finds, and creates one only
 * when none is found; a create that HubSpot refuses with 409 "Contact already exists. Existing ID: N" (email is
 * HubSpot's dedup key) patches N instead. Known limit: HubSpot's search index lags writes by seconds, so a
 * contact with neither email nor known id that is retried within that window may be created twice; the caller
 * keeps the returned id ({@code customers.external_ids}) so later syncs go straight to it.
 */
public final class HubSpotCrm implements CrmPort {
  public static final URI API = URI.create("https://api.hubapi.com/");
  private static final String CONTACTS = "crm/v3/objects/contacts";
  private static final Pattern EXISTING_ID = Pattern.compile("Existing ID: (\\d+)");

  private final HubSpotHttp http;
  private final ContactMapping mapping;
  private final PhoneNumbers phones;

  /** {@code baseUrl} is {@link #API} except in tests; {@code token} is the private app's access token. */
  public HubSpotCrm(HttpClient client, URI baseUrl, String token, ContactMapping mapping, PhoneNumbers phones) {
    this.http = new HubSpotHttp(client, baseUrl, token, Duration.ofSeconds(10));
    this.mapping = mapping;
    this.phones = phones;
  }

  @Override
  public String system() {
    return "hubspot";
  }

  @Override
  public CrmRef upsertContact(CrmContact contact, String idempotencyKey) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("properties", HubSpotProperties.of(contact, mapping, phones));
    if (contact.externalId() != null) {
      HubSpotHttp.Reply patched = http.send("PATCH", CONTACTS + "/" + contact.externalId(), body, 404);
      if (patched.status() != 404) {
        return new CrmRef(system(), patched.body().path("id").asText(contact.externalId()), false);
      }
    }
    Optional<String> found = search(contact.field("email"), contact.field("phone"));
    if (found.isPresent()) {
      http.send("PATCH", CONTACTS + "/" + found.get(), body);
      return new CrmRef(system(), found.get(), false);
    }
    HubSpotHttp.Reply created = http.send("POST", CONTACTS, body, 409);
    if (created.status() == 409) {
      Matcher existing = EXISTING_ID.matcher(created.body().path("message").asText(""));
      if (!existing.find()) {
        throw new CrmRejectedException("HubSpot refused the contact as a conflict: " + created.body().path("message").asText(), 409);
      }
      http.send("PATCH", CONTACTS + "/" + existing.group(1), body);
      return new CrmRef(system(), existing.group(1), false);
    }
    return new CrmRef(system(), created.body().path("id").asText(), true);
  }

  @Override
  public Optional<CrmRef> findByEmail(String email) {
    return search(email, null).map(id -> new CrmRef(system(), id, false));
  }

  @Override
  public Optional<CrmRef> findByPhone(String phoneE164) {
    return search(null, phoneE164).map(id -> new CrmRef(system(), id, false));
  }

  /** The id of the contact with this email, else of one with this phone; empty when neither is given or found. */
  private Optional<String> search(String email, String phone) {
    String emailProperty = mapping.hubspotProperty("email");
    String phoneProperty = mapping.hubspotProperty("phone");
    String emailValue = email == null || emailProperty == null ? null : email.toLowerCase(Locale.ROOT);
    String phoneValue = phone == null || phoneProperty == null ? null : phones.toE164(phone).orElse(phone);
    ArrayNode groups = JsonNodeFactory.instance.arrayNode();
    addEquals(groups, emailProperty, emailValue);
    addEquals(groups, phoneProperty, phoneValue);
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode query = JsonNodeFactory.instance.objectNode();
    query.set("filterGroups", groups);
    query.putArray("properties").add(emailProperty == null ? "email" : emailProperty).add(phoneProperty == null ? "phone" : phoneProperty);
    query.put("limit", 10);
    JsonNode results = http.send("POST", CONTACTS + "/search", query).body().path("results");
    JsonNode best = null;
    for (JsonNode result : results) {
      boolean emailMatches = emailValue != null && emailValue.equalsIgnoreCase(result.path("properties").path(emailProperty).asText(""));
      if (best == null || emailMatches) {
        best = result;
      }
      if (emailMatches) {
        break;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.path("id").asText());
  }

  private static void addEquals(ArrayNode groups, String property, String value) {
    if (property != null && value != null) {
      ObjectNode filter = groups.addObject().putArray("filters").addObject();
      filter.put("propertyName", property).put("operator", "EQ").put("value", value);
    }
  }
}
