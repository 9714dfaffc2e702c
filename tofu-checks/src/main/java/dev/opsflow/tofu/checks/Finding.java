package dev.opsflow.tofu.checks;

/** One problem a check found: which check, in what (a file, a function, a placeholder), and what is wrong. */
public record Finding(String check, String subject, String message) {
  @Override
  public String toString() {
    return "[" + check + "] " + subject + ": " + message;
  }
}
