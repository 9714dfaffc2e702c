package dev.opsflow.webapp.auth;

import java.time.Instant;

/** A dashboard account (the password hash stays in {@link UserStore}). */
public record User(String id, String email, String name, Role role, Instant createdAt, boolean disabled) {
  /** How the audit trail and review tasks name this user: the e-mail address. */
  public String handle() {
    return email;
  }
}
