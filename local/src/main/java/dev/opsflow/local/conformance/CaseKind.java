package dev.opsflow.local.conformance;

import java.util.Arrays;

/** What a recorded case checks; the wire names are those of the corpus's {@code kind} field. */
public enum CaseKind {
  EXECUTION("execution"),
  DEFINITION_ERROR("definition_error"),
  TEST_STATE("test_state"),
  VALIDATE_DEFINITION("validate_definition");

  private final String wireName;

  CaseKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The kind named {@code wireName}; unknown kinds are a corpus format error. */
  public static CaseKind fromWireName(String wireName) {
    return Arrays.stream(values())
        .filter(kind -> kind.wireName.equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown case kind: " + wireName));
  }
}
