package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two query languages. AWS resolves a {@code QueryLanguage} field to JSONPath only when it is exactly the
 * string {@code "JSONPath"}; any other present value (wrong case, unknown, not a string) means JSONata, and the
 * enum violation is reported separately.
 */
enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String awsName;

  QueryLanguage(String awsName) {
    this.awsName = awsName;
  }

  String awsName() {
    return awsName;
  }

  QueryLanguage other() {
    return this == JSONPATH ? JSONATA : JSONPATH;
  }

  /** The language a {@code QueryLanguage} field selects, or {@code inherited} when the field is absent. */
  static QueryLanguage resolve(JsonNode field, QueryLanguage inherited) {
    if (field == null) {
      return inherited;
    }
    return field.isTextual() && JSONPATH.awsName.equals(field.asText()) ? JSONPATH : JSONATA;
  }

  /** Reports a {@code QueryLanguage} value that is not one of the two names. */
  static void checkField(JsonNode field, Location at, Findings findings) {
    if (field == null) {
      return;
    }
    if (!field.isTextual()) {
      findings.schema(at, FieldChecks.expectedType("STRING"));
    } else if (!JSONPATH.awsName.equals(field.asText()) && !JSONATA.awsName.equals(field.asText())) {
      findings.schema(at, "Value should be one of the following: [JSONPath, JSONata]");
    }
  }
}
