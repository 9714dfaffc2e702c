package dev.opsflow.shared.ingress.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}), as Twilio documents it: take the full URL Twilio
 * requested (with its query string), append every POST parameter sorted by name, each as name immediately followed
 * by value with no separators, HMAC-SHA1 the result with the account's auth token and base64 the digest. Repeated
 * names sort by value, as Twilio's helper libraries do. Because proxies add or drop the default port, the URL is
 * also tried with {@code :443}/{@code :80} added or removed, again as Twilio's libraries do. Comparison is
 * constant-time.
 */
public final class TwilioSignature {
  public static final String HEADER = "X-Twilio-Signature";

  private TwilioSignature() {}

  /** The signature Twilio sends for a form POST to {@code url} with {@code params}. */
  public static String compute(String authToken, String url, List<Map.Entry<String, String>> params) {
    StringBuilder data = new StringBuilder(url);
    List<Map.Entry<String, String>> sorted = new ArrayList<>(params);
    sorted.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue(Comparator.naturalOrder())));
    for (Map.Entry<String, String> param : sorted) {
      data.append(param.getKey()).append(param.getValue());
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is in every Java runtime", e);
    }
  }

  /** True when {@code signature} is Twilio's for this request, at {@code url} or its default-port variant. */
  public static boolean isValid(String authToken, String signature, String url, List<Map.Entry<String, String>> params) {
    byte[] given = signature.getBytes(StandardCharsets.UTF_8);
    boolean valid = false;
    for (String candidate : urlVariants(url)) {
      // Every variant is computed, so the time taken does not depend on which one matched.
      valid |= MessageDigest.isEqual(given, compute(authToken, candidate, params).getBytes(StandardCharsets.UTF_8));
    }
    return valid;
  }

  static Set<String> urlVariants(String url) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(url);
    try {
      URI uri = new URI(url);
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      String authority = uri.getRawAuthority();
      if (authority == null) {
        return variants;
      }
      String withoutPort = uri.getPort() == defaultPort ? authority.substring(0, authority.lastIndexOf(':')) : authority;
      String withPort = uri.getPort() == -1 ? authority + ":" + defaultPort : authority;
      String prefix = uri.getScheme() + "://";
      String rest = url.substring(prefix.length() + authority.length());
      variants.add(prefix + withoutPort + rest);
      variants.add(prefix + withPort + rest);
    } catch (URISyntaxException e) {
      // An unparsable URL is checked as given only.
    }
    return variants;
  }
}
