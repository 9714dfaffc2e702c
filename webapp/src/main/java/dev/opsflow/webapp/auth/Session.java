package dev.opsflow.webapp.auth;

import java.time.Instant;

/** A signed-in session: who, the CSRF token its forms carry, and when it ends. */
public record Session(String idHash, User user, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
  public boolean may(Permission permission) {
    return user.role().may(permission);
  }
}
