package dev.opsflow.shared.config;

import java.util.Objects;

/**
 * Who should be told, as written in config: {@code assigned-team}, {@code assigned-team-lead} (relative to the team
 * a request is routed to), {@code customer}, {@code team:<id>}, {@code role:<role>} or {@code person:<id>}.
 * {@code id} is empty for the first three.
 */
public record RecipientRef(Kind kind, String id) {

  /** The reference forms. */
  public enum Kind { ASSIGNED_TEAM, ASSIGNED_TEAM_LEAD, CUSTOMER, TEAM, ROLE, PERSON }

  public RecipientRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** Parses the config form; throws {@link IllegalArgumentException} for anything else. */
  public static RecipientRef parse(String text) {
    return switch (text) {
      case "assigned-team" -> new RecipientRef(Kind.ASSIGNED_TEAM, "");
      case "assigned-team-lead" -> new RecipientRef(Kind.ASSIGNED_TEAM_LEAD, "");
      case "customer" -> new RecipientRef(Kind.CUSTOMER, "");
      default -> parsePrefixed(text);
    };
  }

  private static RecipientRef parsePrefixed(String text) {
    int colon = text.indexOf(':');
    String id = colon < 0 ? "" : text.substring(colon + 1);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("Unknown recipient '" + text + "'");
    }
    return switch (text.substring(0, colon)) {
      case "team" -> new RecipientRef(Kind.TEAM, id);
      case "role" -> new RecipientRef(Kind.ROLE, id);
      case "person" -> new RecipientRef(Kind.PERSON, id);
      default -> throw new IllegalArgumentException("Unknown recipient '" + text + "'");
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ASSIGNED_TEAM -> "assigned-team";
      case ASSIGNED_TEAM_LEAD -> "assigned-team-lead";
      case CUSTOMER -> "customer";
      case TEAM -> "team:" + id;
      case ROLE -> "role:" + id;
      case PERSON -> "person:" + id;
    };
  }
}
