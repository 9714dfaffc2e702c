package dev.opsflow.webapp.auth;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Server-side sessions. The cookie carries a random 256-bit id; the table keeps only its SHA-256, so reading the
 * table does not let anyone in. A session ends at its absolute expiry, after {@code idle} without a request, at
 * logout, or when its account is disabled. Activity is written at most once a minute per session: a page view
 * is a read, not a write.
 */
public final class SessionStore {
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration idle;
  private final Duration absolute;

  public SessionStore(DataSource dataSource, Clock clock, Duration idle, Duration absolute) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.idle = idle;
    this.absolute = absolute;
  }

  /** Opens a session for {@code user}; the cookie value it returns is never stored. */
  public Opened open(User user, String ip, String userAgent) {
    String id = Tokens.random();
    Instant now = clock.instant();
    Session session = new Session(Tokens.sha256(id), user, Tokens.random(), now, now, now.plus(absolute));
    Jdbc.withConnection(dataSource, "open session", connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
        insert.setString(1, session.idHash());
        insert.setString(2, user.id());
        insert.setString(3, session.csrfToken());
        Jdbc.setInstant(insert, 4, now);
        Jdbc.setInstant(insert, 5, now);
        Jdbc.setInstant(insert, 6, session.expiresAt());
        insert.setString(7, ip);
        insert.setString(8, userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 300)));
        return insert.executeUpdate();
      }
    });
    return new Opened(id, session);
  }

  /** The cookie value and the session it opened. */
  public record Opened(String cookieValue, Session session) {}

  /** The live session of a cookie value; an expired or idle one is deleted and empty is returned. */
  public Optional<Session> find(String cookieValue) {
    if (cookieValue == null || cookieValue.length() != 43) {
      return Optional.empty();
    }
    String idHash = Tokens.sha256(cookieValue);
    Instant now = clock.instant();
    Optional<Session> found = Jdbc.withConnection(dataSource, "read session", connection -> {
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT s.*, u.id AS uid, u.email, u.name, u.role, u.created_at AS user_created_at, u.disabled
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?""")) {
        select.setString(1, idHash);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next() || row.getBoolean("disabled")) {
            return Optional.<Session>empty();
          }
          User user = new User(row.getString("uid"), row.getString("email"), row.getString("name"),
              Role.fromWire(row.getString("role")), Jdbc.instant(row, "user_created_at"), false);
          return Optional.of(new Session(idHash, user, row.getString("csrf_token"), Jdbc.instant(row, "created_at"),
              Jdbc.instant(row, "last_seen_at"), Jdbc.instant(row, "expires_at")));
        }
      }
    });
    if (found.isEmpty()) {
      return found;
    }
    Session session = found.get();
    if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(idle))) {
      close(cookieValue);
      return Optional.empty();
    }
    if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
      touch(idHash, now);
    }
    return found;
  }

  /** Ends the session of this cookie value (logout). */
  public void close(String cookieValue) {
    delete("DELETE FROM sessions WHERE id_hash = ?", Tokens.sha256(cookieValue));
  }

  /** Deletes sessions past their absolute expiry or idle limit; returns how many. */
  public int purgeExpired() {
    Instant now = clock.instant();
    return Jdbc.withConnection(dataSource, "purge sessions", connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?")) {
        Jdbc.setInstant(delete, 1, now);
        Jdbc.setInstant(delete, 2, now.minus(idle));
        return delete.executeUpdate();
      }
    });
  }

  private void touch(String idHash, Instant now) {
    Jdbc.withConnection(dataSource, "touch session", connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?")) {
        Jdbc.setInstant(update, 1, now);
        update.setString(2, idHash);
        return update.executeUpdate();
      }
    });
  }

  private void delete(String sql, String value) {
    Jdbc.withConnection(dataSource, "close session", connection -> {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setString(1, value);
        return delete.executeUpdate();
      }
    });
  }
}
