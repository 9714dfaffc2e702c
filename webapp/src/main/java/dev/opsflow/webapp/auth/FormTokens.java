package dev.opsflow.webapp.auth;

import dev.opsflow.shared.db.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * CSRF tokens for the forms shown before a session exists (login, the public intake form): the browser gets a
 * random cookie, and the form a token that is the HMAC-SHA256 of that cookie under a key only the server holds.
 * Another site can neither read the cookie nor compute the token, so a forged post fails; nothing is stored
 * per visitor. The key is created once in {@code web_keys}, so every dashboard instance shares it.
 */
public final class FormTokens {
  /** The cookie that binds anonymous form tokens. */
  public static final String COOKIE = "opsflow_form";

  private final SecretKeySpec key;

  private FormTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Loads the key, creating it on first use (concurrent first starts agree on one key). */
  public static FormTokens load(DataSource dataSource, Clock clock) {
    byte[] secret = Jdbc.withConnection(dataSource, "load form key", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO web_keys (name, secret, created_at) VALUES ('form-tokens', ?, ?) ON CONFLICT (name) DO NOTHING")) {
        insert.setBytes(1, Tokens.randomBytes(32));
        Jdbc.setInstant(insert, 2, clock.instant());
        insert.executeUpdate();
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM web_keys WHERE name = 'form-tokens'");
          ResultSet row = select.executeQuery()) {
        row.next();
        return row.getBytes(1);
      }
    });
    return new FormTokens(secret);
  }

  /** The token for forms of the visitor holding {@code cookieValue}. */
  public String tokenFor(String cookieValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(("form|" + cookieValue).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** True when {@code token} was issued for {@code cookieValue}. */
  public boolean valid(String cookieValue, String token) {
    if (cookieValue == null || cookieValue.isBlank() || token == null) {
      return false;
    }
    return Tokens.same(tokenFor(cookieValue), token);
  }
}
