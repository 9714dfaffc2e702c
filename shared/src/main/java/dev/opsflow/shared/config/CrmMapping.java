package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How request fields become CRM properties ({@code config/crm-mapping.json}), for the built-in CRM and for HubSpot
 * contacts and tickets. Custom HubSpot properties must exist in the portal before the first sync.
 */
public record CrmMapping(String version, List<FieldMapping> contact, List<FieldMapping> ticket, HubSpot hubspot) {

  /** How a value is changed on its way to the CRM. */
  public enum Transform {
    /** As is. */
    NONE,
    /** A full name into two properties: first name, then the rest as last name. */
    SPLIT_NAME,
    /** A phone number in E.164 form. */
    E164,
    /** Lower case (emails). */
    LOWERCASE,
    /** Through {@link FieldMapping#values()}; values not listed are sent as is. */
    VALUE_MAP
  }

  /**
   * One of our fields to a built-in CRM property ({@code details.x} is a key of the built-in record's details) and
   * to one HubSpot property (two for {@link Transform#SPLIT_NAME}).
   */
  public record FieldMapping(
      String field, String builtin, List<String> hubspot, Transform transform, Map<String, String> values, boolean custom) {
    public FieldMapping {
      Objects.requireNonNull(field, "field");
      hubspot = List.copyOf(hubspot);
      values = Nodes.ordered(values);
    }
  }

  /** HubSpot settings: where new tickets go, and the group custom properties are created in. */
  public record HubSpot(
      String ticketPipeline, String ticketStageNew, String customPropertyGroup, boolean associateTicketToContact) {}

  public CrmMapping {
    contact = List.copyOf(contact);
    ticket = List.copyOf(ticket);
  }

  static CrmMapping fromJson(JsonNode root) {
    JsonNode hub = root.path("hubspot");
    return new CrmMapping(
        Nodes.text(root, "version"),
        Nodes.list(root.path("contact"), CrmMapping::mapping),
        Nodes.list(root.path("ticket"), CrmMapping::mapping),
        new HubSpot(
            Nodes.text(hub, "ticket_pipeline"),
            Nodes.text(hub, "ticket_stage_new"),
            Nodes.text(hub, "custom_property_group"),
            Nodes.bool(hub, "associate_ticket_to_contact", true)));
  }

  private static FieldMapping mapping(JsonNode n) {
    return new FieldMapping(
        Nodes.text(n, "field"),
        Nodes.text(n, "builtin"),
        Nodes.strings(n.path("hubspot")),
        Transform.valueOf(Nodes.text(n, "transform").toUpperCase(Locale.ROOT)),
        Nodes.map(n.path("values"), (key, value) -> value.asText()),
        Nodes.bool(n, "custom", false));
  }
}
