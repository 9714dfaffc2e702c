package dev.opsflow.webapp.auth;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code users} table: accounts, their Argon2id hashes and whether they are disabled. */
public final class UserStore {
  private final DataSource dataSource;
  private final Clock clock;

  public UserStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A user and the stored hash, for the login check only. */
  public record Credentials(User user, String passwordHash) {}

  /**
   * Creates an account with a password that passed {@link Passwords#weakness}; IllegalArgumentException when
   * the address is taken (in any case) or the password is weak.
   */
  public User create(String email, String name, Role role, char[] password) {
    String address = normalise(email);
    String weakness = Passwords.weakness(java.nio.CharBuffer.wrap(password), address);
    if (weakness != null) {
      throw new IllegalArgumentException(weakness);
    }
    if (!address.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("Not an e-mail address: " + email);
    }
    String hash = Passwords.hash(java.nio.CharBuffer.wrap(password));
    User user = new User("usr-" + UUID.randomUUID(), address, name == null || name.isBlank() ? address : name.strip(), role,
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), false);
    Jdbc.withConnection(dataSource, "create user " + address, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, user.id());
        insert.setString(2, user.email());
        insert.setString(3, user.name());
        insert.setString(4, role.wireName());
        insert.setString(5, hash);
        Jdbc.setInstant(insert, 6, user.createdAt());
        insert.executeUpdate();
        return null;
      } catch (SQLException e) {
        if (Jdbc.isUniqueViolation(e)) {
          throw new IllegalArgumentException("An account with this e-mail address exists already: " + address, e);
        }
        throw e;
      }
    });
    return user;
  }

  public Optional<Credentials> credentials(String email) {
    return Jdbc.withConnection(dataSource, "read user", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM users WHERE lower(email) = ?")) {
        select.setString(1, normalise(email));
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(new Credentials(user(row), row.getString("password_hash"))) : Optional.empty();
        }
      }
    });
  }

  public Optional<User> find(String id) {
    return Jdbc.withConnection(dataSource, "read user " + id, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM users WHERE id = ?")) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(user(row)) : Optional.empty();
        }
      }
    });
  }

  /** Every account, by e-mail address. */
  public List<User> all() {
    return Jdbc.withConnection(dataSource, "list users", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM users ORDER BY lower(email)");
          ResultSet row = select.executeQuery()) {
        List<User> users = new ArrayList<>();
        while (row.next()) {
          users.add(user(row));
        }
        return users;
      }
    });
  }

  /** Disables or enables the account; disabling also ends its sessions (ON DELETE is not enough: the row stays). */
  public boolean setDisabled(String id, boolean disabled) {
    return Jdbc.inTransaction(dataSource, "disable user " + id, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE users SET disabled = ? WHERE id = ?")) {
        update.setBoolean(1, disabled);
        update.setString(2, id);
        if (update.executeUpdate() == 0) {
          return false;
        }
      }
      if (disabled) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
      return true;
    });
  }

  /** Replaces the stored hash (a login found it made with weaker parameters). */
  public void rehash(String id, char[] password) {
    String hash = Passwords.hash(java.nio.CharBuffer.wrap(password));
    Jdbc.withConnection(dataSource, "rehash user " + id, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
        update.setString(1, hash);
        update.setString(2, id);
        return update.executeUpdate();
      }
    });
  }

  public long count() {
    return Jdbc.withConnection(dataSource, "count users", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM users");
          ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  static User user(ResultSet row) throws SQLException {
    return new User(
        row.getString("id"),
        row.getString("email"),
        row.getString("name"),
        Role.fromWire(row.getString("role")),
        Jdbc.instant(row, "created_at"),
        row.getBoolean("disabled"));
  }
}
