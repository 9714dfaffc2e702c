package dev.opsflow.webapp.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (password4j), OWASP's first choice: 19 MiB of memory, 2 passes, 1 lane, a
 * random 16-byte salt, a 32-byte hash. The PHC string stores the parameters, so verification reads them from the
 * stored hash and older hashes keep working after the parameters are raised ({@link #needsRehash}).
 */
public final class Passwords {
  /** Shorter passwords are refused when an account is created. */
  public static final int MIN_LENGTH = 12;

  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;
  private static final Argon2Function FUNCTION = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

  /** A hash that no password matches: verified against when the account does not exist, so timing tells nothing. */
  private static final String DUMMY = hash("no account has this password, it only costs the same time");

  private Passwords() {}

  /** The PHC string of {@code password} ({@code $argon2id$v=19$m=19456,t=2,p=1$...}). */
  public static String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(16).with(FUNCTION).getResult();
  }

  /** True when {@code password} matches {@code storedHash}; a null hash is checked against a dummy and fails. */
  public static boolean verify(CharSequence password, String storedHash) {
    if (storedHash == null) {
      Password.check(password, DUMMY).with(Argon2Function.getInstanceFromHash(DUMMY));
      return false;
    }
    return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
  }

  /** True when {@code storedHash} was made with weaker parameters than today's. */
  public static boolean needsRehash(String storedHash) {
    Argon2Function stored = Argon2Function.getInstanceFromHash(storedHash);
    return stored.getMemory() < MEMORY_KIB || stored.getIterations() < ITERATIONS || stored.getVariant() != Argon2.ID;
  }

  /** Why {@code password} is not acceptable for a new account, or null when it is. */
  public static String weakness(CharSequence password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "Use at least " + MIN_LENGTH + " characters.";
    }
    if (email != null && password.toString().equalsIgnoreCase(email)) {
      return "The password must not be the e-mail address.";
    }
    return null;
  }
}
