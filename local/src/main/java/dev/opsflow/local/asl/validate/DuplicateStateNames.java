package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * State names are unique in the whole machine, branches and item processors included. A name repeated inside
 * one States object is invisible in the parsed tree (the last one wins), so the raw text is scanned for repeated
 * keys as well.
 */
final class DuplicateStateNames {
  private final Findings findings;
  private final Set<String> repeatedKeys;
  private final Set<String> seen = new HashSet<>();

  private DuplicateStateNames(Findings findings, Set<String> repeatedKeys) {
    this.findings = findings;
    this.repeatedKeys = repeatedKeys;
  }

  static void check(String text, JsonNode root, Findings findings) {
    new DuplicateStateNames(findings, repeatedKeyPointers(text)).scope(root, Location.ROOT);
  }

  private void scope(JsonNode machine, Location at) {
    JsonNode states = machine.get("States");
    if (states == null || !states.isObject()) {
      return;
    }
    Location statesAt = at.field("States");
    for (Iterator<String> it = states.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      Location stateAt = statesAt.field(name);
      if (!seen.add(name) || repeatedKeys.contains(stateAt.pointer())) {
        findings.error("DUPLICATE_STATE_NAME", "Duplicate State name: " + name, stateAt);
      }
    }
    NestedMachines.forEach(states, statesAt, this::scope);
  }

  /** JSON pointers of every object key written more than once in its object. */
  private static Set<String> repeatedKeyPointers(String text) {
    Set<String> keys = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    try (JsonParser parser = Json.MAPPER.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          if (!keys.add(pointer)) {
            repeated.add(pointer);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("definition parsed before but not now", e);
    }
    return repeated;
  }
}
