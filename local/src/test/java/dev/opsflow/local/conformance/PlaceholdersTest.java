package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void exactCase_tokensAreLiteral() {
    // GIVEN a case recorded without placeholders
    Placeholders exact = Placeholders.exact();

    // WHEN / THEN a token matches only itself
    assertThat(exact.stringMatches("<uuid:1>", "3f2a")).isFalse();
    assertThat(exact.stringMatches("<uuid:1>", "<uuid:1>")).isTrue();
    assertThat(exact.isWholeValueWildcard("date")).isFalse();
  }

  @Test
  void tokenInsideString_matchesAnyText() {
    // GIVEN a cause whose request id was replaced by a token
    Placeholders placeholders = Placeholders.forTokens(List.of("<uuid:1>"));
    String expected = "{\"errorMessage\":\"boom\",\"requestId\":\"<uuid:1>\",\"stackTrace\":[]}";

    // WHEN / THEN any request id matches, but the rest must be equal
    String ours = "{\"errorMessage\":\"boom\",\"requestId\":\"a-b-c\",\"stackTrace\":[]}";
    assertThat(placeholders.stringMatches(expected, ours)).isTrue();
    assertThat(placeholders.stringMatches(expected, ours.replace("boom", "bang"))).isFalse();
  }

  @Test
  void regexCharactersInExpected_areLiteral() {
    // GIVEN an expected text with regex metacharacters around a token
    Placeholders placeholders = Placeholders.forTokens(List.of("<request_id>"));

    // WHEN / THEN they match only themselves
    assertThat(placeholders.stringMatches("a.b (x) $LATEST <request_id>", "a.b (x) $LATEST 42")).isTrue();
    assertThat(placeholders.stringMatches("a.b (x) $LATEST <request_id>", "aXb (x) $LATEST 42")).isFalse();
  }

  @Test
  void placeholderWords_areWildcardsOnlyAsWholeValues() {
    // GIVEN the README's words and a case's own word
    Placeholders placeholders = Placeholders.forTokens(List.of("RandomNumberGenerated", "111111111111"));

    // WHEN / THEN whole values are wildcards, words inside longer text stay literal, the account is literal
    assertThat(placeholders.isWholeValueWildcard("date")).isTrue();
    assertThat(placeholders.isWholeValueWildcard("RandomNumberGenerated")).isTrue();
    assertThat(placeholders.isWholeValueWildcard("<uuid:2>")).isTrue();
    assertThat(placeholders.isWholeValueWildcard("111111111111")).isFalse();
    assertThat(placeholders.stringMatches("offset date-time format", "offset XYZ-time format")).isFalse();
  }

  @Test
  void rewrite_replacesTimestampsRegionPartitionAndAccount() {
    // GIVEN our text with per-run values
    String ours = "arn:aws:states:us-east-1:222222222222:execution:sm:x started 2024-05-06T12:59:34.123Z";

    // WHEN it is rewritten as the recorder rewrote AWS's
    String rewritten = Placeholders.rewrite(ours);

    // THEN every varying part has its placeholder
    assertThat(rewritten).isEqualTo("arn:<partition>:states:<region>:111111111111:execution:sm:x started date");
  }

  @Test
  void rewrittenActual_matchesExpectedWithLiteralPlaceholderText() {
    // GIVEN an expected message embedding "date" where AWS had a timestamp
    Placeholders placeholders = Placeholders.forTokens(List.of("date"));

    // WHEN / THEN our timestamp matches after rewriting
    assertThat(placeholders.stringMatches("started at date.", "started at 2024-01-01T00:00:00Z.")).isTrue();
    assertThat(placeholders.stringMatches("started at date.", "started at noon.")).isFalse();
  }
}
