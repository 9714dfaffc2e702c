package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {

  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "Data to encode, RGF0YSB0byBlbmNvZGU=",
    "Hello World, SGVsbG8gV29ybGQ=",
    "é✓, w6ninJM="
  })
  void base64_encodesUtf8AndDecodesBack(String text, String encoded) {
    assertThat(evaluate("States.Base64Encode($.s)", "{\"s\": \"" + text + "\"}").textValue())
        .isEqualTo(encoded);
    assertThat(evaluate("States.Base64Decode($.s)", "{\"s\": \"" + encoded + "\"}").textValue())
        .isEqualTo(text);
  }

  @Test
  void base64Encode_atTheLimit_works_andAboveFails() {
    String limit = "a".repeat(10_000);

    assertThat(evaluate("States.Base64Encode($.s)", "{\"s\": \"" + limit + "\"}").textValue())
        .isNotEmpty();
    var failure = failure("States.Base64Encode($.s)", "{\"s\": \"" + limit + "b\"}");
    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains("10001 characters").contains("10000");
  }

  @Test
  void base64Decode_ofInvalidText_fails() {
    assertThat(failure("States.Base64Decode('not base64!')").cause())
        .contains("must be a valid Base64 string");
  }

  @Test
  void base64Encode_ofNumber_fails() {
    assertThat(failure("States.Base64Encode(1)").cause()).contains("argument 1 must be a string");
  }

  /** Digests of "input data" recorded against AWS. */
  @ParameterizedTest
  @CsvSource({
    "MD5, 812f45842bc6d66ee14572ce20db8e86",
    "SHA-1, aaff4a450a104cd177d28d18d74485e8cae074b7",
    "SHA-256, b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
    "SHA-384,"
        + " d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
    "SHA-512,"
        + " 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4"
  })
  void hash_matchesAwsDigests(String algorithm, String digest) {
    assertThat(
            evaluate("States.Hash('input data', $.alg)", "{\"alg\": \"" + algorithm + "\"}")
                .textValue())
        .isEqualTo(digest);
  }

  @Test
  void hash_withUnknownAlgorithmName_fails() {
    var failure = failure("States.Hash('x', 'SHA256')");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause())
        .contains("argument 2 must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
  }

  @Test
  void hash_overTheLimit_fails() {
    assertThat(
            failure("States.Hash($.s, 'MD5')", "{\"s\": \"" + "x".repeat(10_001) + "\"}").cause())
        .contains("more than the maximum of 10000");
  }
}
