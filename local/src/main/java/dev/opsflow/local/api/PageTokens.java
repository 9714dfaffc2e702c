package dev.opsflow.local.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code nextToken}s for lists the API pages itself: the offset of the next page, tagged with what is
 * paged so that a token of one list is refused by another (InvalidToken, as AWS refuses foreign tokens).
 */
final class PageTokens {
  private PageTokens() {}

  static String encode(String list, int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((list + ":" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a token stands for; 0 for no token. */
  static int decode(String list, String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!raw.startsWith(list + ":")) {
        throw ApiErrors.invalidToken();
      }
      int offset = Integer.parseInt(raw.substring(list.length() + 1));
      if (offset < 0) {
        throw ApiErrors.invalidToken();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw ApiErrors.invalidToken();
    }
  }

  /** The token of the page after {@code [offset, offset + size)} of {@code total} items; null after the last. */
  static String next(String list, int offset, int size, int total) {
    return offset + size < total ? encode(list, offset + size) : null;
  }
}
