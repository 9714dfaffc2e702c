package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonComparatorTest {

  private static Optional<Mismatch> compare(String expected, String actual, Placeholders placeholders) {
    return JsonComparator.compare("output", Json.parse(expected), Json.parse(actual), placeholders);
  }

  @Test
  void numbersWithDifferentFormatting_areEqual() {
    // GIVEN / WHEN / THEN 1.0 equals 1 and 1.50 equals 1.5, in any nesting
    assertThat(compare("{\"a\":[1.0,{\"b\":1.50}]}", "{\"a\":[1,{\"b\":1.5}]}", Placeholders.exact())).isEmpty();
  }

  @Test
  void differentNumbers_reportPathAndValues() {
    // GIVEN two outputs differing deep inside
    // WHEN compared
    Optional<Mismatch> mismatch = compare("{\"a\":[1,{\"b\":2}]}", "{\"a\":[1,{\"b\":3}]}", Placeholders.exact());

    // THEN the first difference is named by its path
    assertThat(mismatch).map(Mismatch::describe).hasValue("output.a[1].b: expected 2 but was 3");
  }

  @Test
  void keyOrder_doesNotMatter() {
    // GIVEN / WHEN / THEN objects compare as key sets
    assertThat(compare("{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}", Placeholders.exact())).isEmpty();
  }

  @Test
  void extraKeyInOurs_isReported() {
    // GIVEN our output has a key AWS's has not
    // WHEN compared
    Optional<Mismatch> mismatch = compare("{\"a\":1}", "{\"a\":1,\"my key\":true}", Placeholders.exact());

    // THEN the extra key is named
    assertThat(mismatch).map(Mismatch::describe).hasValue("output[\"my key\"]: expected (missing) but was true");
  }

  @Test
  void missingKeyAndArrayLength_areReported() {
    // GIVEN / WHEN / THEN
    assertThat(compare("{\"a\":1,\"b\":2}", "{\"a\":1}", Placeholders.exact()))
        .map(Mismatch::describe)
        .hasValue("output.b: expected 2 but was (missing)");
    assertThat(compare("[1,2]", "[1]", Placeholders.exact()))
        .map(Mismatch::path)
        .hasValue("output.length");
  }

  @Test
  void typesDiffer_stringIsNotNumber() {
    // GIVEN / WHEN / THEN "1" is not 1, and null is not missing
    assertThat(compare("{\"a\":1}", "{\"a\":\"1\"}", Placeholders.exact())).isPresent();
    assertThat(compare("{\"a\":null}", "{}", Placeholders.exact())).isPresent();
  }

  @Test
  void wholeValueWildcard_matchesArraysAndNumbers() {
    // GIVEN AWS's header array and date replaced by placeholder words
    Placeholders placeholders = Placeholders.forTokens(List.of("x-amzn-RequestId", "date"));
    String expected = "{\"x-amzn-RequestId\":\"x-amzn-RequestId\",\"Date\":\"date\",\"Length\":[\"2\"]}";

    // WHEN our values are arrays
    Optional<Mismatch> mismatch =
        compare(expected, "{\"x-amzn-RequestId\":[\"abc\"],\"Date\":[\"Mon\"],\"Length\":[\"2\"]}", placeholders);

    // THEN they match, but a wildcard does not stand in for a missing key
    assertThat(mismatch).isEmpty();
    assertThat(compare(expected, "{\"Date\":1,\"Length\":[\"2\"]}", placeholders)).isPresent();
  }

  @Test
  void longValues_areTruncatedInTheDescription() {
    // GIVEN a long string
    String longText = "x".repeat(500);

    // WHEN it differs
    String description = compare("\"" + longText + "\"", "\"y\"", Placeholders.exact()).orElseThrow().describe();

    // THEN the description stays short
    assertThat(description).hasSizeLessThan(200).contains("...");
  }

  @Test
  void longCommonPrefix_isElidedToShowTheDifference() {
    // GIVEN two long messages differing near their end
    String prefix = "An error occurred while executing the state 'WaitState' (entered at the event id #2). ";

    // WHEN compared
    String description =
        compare("\"" + prefix + "The SecondsPath parameter cannot be parsed\"",
            "\"" + prefix + "The SecondsPath parameter does not reference\"", Placeholders.exact())
            .orElseThrow()
            .describe();

    // THEN both sides start shortly before the difference
    assertThat(description).isEqualTo(
        "output: expected ...2). The SecondsPath parameter cannot be parsed\" "
            + "but was ...2). The SecondsPath parameter does not reference\"");
  }
}
