package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * States.Base64Encode, States.Base64Decode and States.Hash. Text is UTF-8; each input string is
 * limited to 10,000 characters, as AWS documents. Hash accepts exactly AWS's algorithm names and
 * returns lowercase hex.
 */
final class EncodingFunctions {
  /** AWS's documented limit on the input string of the encoding and hash intrinsics. */
  static final int MAX_INPUT_CHARACTERS = 10_000;

  private static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of(
        "States.Base64Encode", EncodingFunctions::base64Encode,
        "States.Base64Decode", EncodingFunctions::base64Decode,
        "States.Hash", EncodingFunctions::hash);
  }

  static JsonNode base64Encode(IntrinsicArguments args) {
    args.requireCount(1);
    String input = limitedString(args, 0);
    return JsonValues.NODES.textNode(
        Base64.getEncoder().encodeToString(input.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonNode base64Decode(IntrinsicArguments args) {
    args.requireCount(1);
    String input = limitedString(args, 0);
    try {
      return JsonValues.NODES.textNode(
          new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw args.invalid(0, "a valid Base64 string");
    }
  }

  static JsonNode hash(IntrinsicArguments args) {
    args.requireCount(2);
    String input = limitedString(args, 0);
    String algorithm = args.string(1);
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw args.invalid(1, "one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8));
      return JsonValues.NODES.textNode(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides " + algorithm, e);
    }
  }

  private static String limitedString(IntrinsicArguments args, int index) {
    String input = args.string(index);
    int length = input.codePointCount(0, input.length());
    if (length > MAX_INPUT_CHARACTERS) {
      throw IntrinsicErrors.invalidArgument(
          args.function(),
          "the input string has "
              + length
              + " characters, more than the maximum of "
              + MAX_INPUT_CHARACTERS
              + ".");
    }
    return input;
  }
}
