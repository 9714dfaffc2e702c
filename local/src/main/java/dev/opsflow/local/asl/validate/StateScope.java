package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * One state being checked. Fields already rejected (unsupported by the type, or belonging to the other query
 * language) read as absent, so that each field is reported once.
 */
record StateScope(
    String name,
    JsonNode node,
    Location at,
    StateType type,
    QueryLanguage language,
    MachineContext machine,
    Set<String> rejected) {

  JsonNode field(String fieldName) {
    return rejected.contains(fieldName) ? null : node.get(fieldName);
  }

  boolean has(String fieldName) {
    return field(fieldName) != null;
  }

  Location at(String fieldName) {
    return at.field(fieldName);
  }

  Findings findings() {
    return machine.findings();
  }

  boolean jsonata() {
    return language == QueryLanguage.JSONATA;
  }
}
