package dev.opsflow.shared.intake.store;

import java.util.Objects;

/**
 * Who changed something, as revisions and the audit trail record it: an AI agent at a version
 * ({@code agent:extract-fields@3}), a staff user ({@code staff:alice@example.com}) or a part of the system
 * ({@code system:ingress}). The wire form is what the tables store and the dashboard shows.
 */
public record Actor(Kind kind, String id, String version) {
  /** The three kinds of actor. */
  public enum Kind {
    AGENT,
    STAFF,
    SYSTEM
  }

  public Actor {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Actor id is blank");
    }
    if (kind == Kind.AGENT && (version == null || version.isBlank())) {
      throw new IllegalArgumentException("An agent actor needs its version: " + id);
    }
  }

  public static Actor agent(String agentId, String agentVersion) {
    return new Actor(Kind.AGENT, agentId, agentVersion);
  }

  public static Actor staff(String user) {
    return new Actor(Kind.STAFF, user, null);
  }

  public static Actor system(String component) {
    return new Actor(Kind.SYSTEM, component, null);
  }

  /** {@code agent:<id>@<version>}, {@code staff:<user>} or {@code system:<component>}. */
  public String wire() {
    String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    return kind == Kind.AGENT ? prefix + "@" + version : prefix;
  }

  /** Reads a wire form back; IllegalArgumentException when it is not one. */
  public static Actor parse(String wire) {
    int colon = wire == null ? -1 : wire.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("Not an actor: " + wire);
    }
    String rest = wire.substring(colon + 1);
    return switch (wire.substring(0, colon)) {
      case "agent" -> {
        int at = rest.lastIndexOf('@');
        if (at < 1) {
          throw new IllegalArgumentException("Agent actor without version: " + wire);
        }
        yield agent(rest.substring(0, at), rest.substring(at + 1));
      }
      case "staff" -> staff(rest);
      case "system" -> system(rest);
      default -> throw new IllegalArgumentException("Not an actor: " + wire);
    };
  }

  @Override
  public String toString() {
    return wire();
  }
}
