package dev.opsflow.shared.db;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;

/**
 * A database user name and password. Read from the JSON of an RDS-managed secret ({@code {"username": ...,
 * "password": ..., "engine": ..., "host": ...}}: only the first two are used, the URL comes from
 * {@code OPSFLOW_DB_URL}). {@code toString} masks the password, so the record can be logged.
 */
public record DatabaseCredentials(String username, String password) {
  public DatabaseCredentials {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("a database user name is required");
    }
  }

  /** The credentials in a secret's {@code SecretString}; fails naming the member that is missing. */
  public static DatabaseCredentials fromSecretJson(String secretString) {
    JsonNode secret;
    try {
      secret = secretString == null ? null : Json.parse(secretString);
    } catch (IllegalArgumentException e) {
      secret = null; // not the parser's message, which would quote the secret's text
    }
    if (secret == null || !secret.isObject()) {
      throw new IllegalArgumentException("the database secret is not a JSON object");
    }
    if (!secret.path("username").isTextual() || !secret.path("password").isTextual()) {
      throw new IllegalArgumentException("the database secret has no \"username\" and \"password\" strings");
    }
    return new DatabaseCredentials(secret.get("username").asText(), secret.get("password").asText());
  }

  @Override
  public String toString() {
    return "DatabaseCredentials[username=" + username + ", password=****]";
  }
}
