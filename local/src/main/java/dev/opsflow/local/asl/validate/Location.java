package dev.opsflow.local.asl.validate;

/**
 * A place in the definition, kept twice: as AWS writes it in diagnostics ({@code /States/P/Branches[0]/States/X},
 * object keys verbatim, array indexes in brackets) and as a JSON pointer, which is how the duplicate-key scan
 * names the same place.
 */
record Location(String aws, String pointer) {
  static final Location ROOT = new Location("", "");

  Location field(String name) {
    return new Location(aws + "/" + name, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  Location index(int i) {
    return new Location(aws + "[" + i + "]", pointer + "/" + i);
  }

  /** The location text of a diagnostic: the root is written {@code /}. */
  String text() {
    return aws.isEmpty() ? "/" : aws;
  }
}
