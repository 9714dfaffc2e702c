package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON types a field may require of an expression's result, named as AWS names them in
 * {@code States.QueryEvaluationError} causes ("Expected 'array', but was 'null' ...").
 */
public enum JsonataType {
  NULL("null"),
  NUMBER("number"),
  STRING("string"),
  BOOLEAN("boolean"),
  ARRAY("array"),
  OBJECT("object");

  private final String awsName;

  JsonataType(String awsName) {
    this.awsName = awsName;
  }

  /** The name AWS uses in its messages. */
  public String awsName() {
    return awsName;
  }

  /** The type of a JSON value. */
  public static JsonataType of(JsonNode value) {
    return switch (value.getNodeType()) {
      case NULL, MISSING -> NULL;
      case NUMBER -> NUMBER;
      case STRING -> STRING;
      case BOOLEAN -> BOOLEAN;
      case ARRAY -> ARRAY;
      case OBJECT, POJO, BINARY -> OBJECT;
    };
  }
}
