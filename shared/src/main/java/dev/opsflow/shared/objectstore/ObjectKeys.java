package dev.opsflow.shared.objectstore;

import java.util.regex.Pattern;

/**
 * Builds and checks object keys. Keys opsflow makes are segments of {@code [A-Za-z0-9._-]} joined by {@code /}
 * ({@link #of}); keys it is given (an S3 event's) may also use S3's other safe characters {@code + = @ , ! ~ * ' ( )}
 * and spaces. No segment is empty, {@code .} or {@code ..}, so a key never leaves the file store's directory.
 */
public final class ObjectKeys {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._+=@,!~*'() -]{1,255}");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

  private ObjectKeys() {}

  /** Joins segments, each made safe first (see {@link #safeSegment}). */
  public static String of(String... segments) {
    StringBuilder key = new StringBuilder();
    for (String segment : segments) {
      if (!key.isEmpty()) {
        key.append('/');
      }
      key.append(safeSegment(segment));
    }
    return check(key.toString());
  }

  /**
   * A file name or id as a key segment: runs of other characters become {@code _}, leading dots are dropped, at
   * most 120 characters are kept; an empty result becomes {@code _}.
   */
  public static String safeSegment(String text) {
    String safe = UNSAFE.matcher(text == null ? "" : text).replaceAll("_").replaceFirst("^\\.+", "");
    if (safe.length() > 120) {
      safe = safe.substring(safe.length() - 120);
    }
    return safe.isEmpty() ? "_" : safe;
  }

  /** Returns {@code key} when it is valid; throws {@link IllegalArgumentException} otherwise. */
  public static String check(String key) {
    if (key == null || key.isEmpty() || key.length() > 1024) {
      throw new IllegalArgumentException("An object key must have 1 to 1024 characters");
    }
    for (String segment : key.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("Invalid object key: " + key);
      }
    }
    return key;
  }
}
