package dev.opsflow.webapp.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a dashboard account may do. Staff review and approve, operators look after failures and configuration,
 * auditors read history and the ledger, admins manage accounts (and may do everything else, so a one-person
 * business needs one account).
 */
public enum Role {
  STAFF(EnumSet.of(Permission.READ_REQUESTS, Permission.WORK_INBOX)),
  OPERATOR(EnumSet.of(Permission.READ_REQUESTS, Permission.OPERATE, Permission.READ_CONFIG)),
  AUDITOR(EnumSet.of(Permission.READ_REQUESTS, Permission.READ_LEDGER)),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  /** The stored form: {@code staff}, {@code operator}, {@code auditor}, {@code admin}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** IllegalArgumentException names the bad value. */
  public static Role fromWire(String wire) {
    for (Role role : values()) {
      if (role.wireName().equals(wire)) {
        return role;
      }
    }
    throw new IllegalArgumentException("Unknown role: " + wire);
  }
}
