package dev.opsflow.webapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void hash_isArgon2idWithOwaspParameters_andASaltPerHash() {
    // WHEN one password is hashed twice
    String first = Passwords.hash("correct horse battery staple");
    String second = Passwords.hash("correct horse battery staple");
    // THEN both are Argon2id PHC strings with m=19 MiB, t=2, p=1, and differ by their salt
    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(first).isNotEqualTo(second);
    assertThat(Passwords.verify("correct horse battery staple", first)).isTrue();
    assertThat(Passwords.verify("correct horse battery stapl", first)).isFalse();
    assertThat(Passwords.needsRehash(first)).isFalse();
  }

  @Test
  void missingAccount_neverVerifies() {
    // GIVEN no stored hash  WHEN checked  THEN false (after the same work as a real check)
    assertThat(Passwords.verify("anything at all", null)).isFalse();
  }

  @Test
  void weakPasswords_areNamed() {
    assertThat(Passwords.weakness("short", "a@example.com")).contains("12 characters");
    assertThat(Passwords.weakness("Sam@Example.com", "sam@example.com")).contains("e-mail");
    assertThat(Passwords.weakness("a long enough password", "sam@example.com")).isNull();
  }
}
