package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from what the ledger and the logs keep: headers that carry credentials ({@code Authorization},
 * {@code Stripe-Signature}, API-key and token headers, cookies), JSON or form fields whose name says secret
 * (api key, token, secret, password, signature ...), and any value holding one of the known secrets (the
 * integration's own credentials). What is removed is replaced by {@value #REDACTED}.
 */
public final class Redactor {
  public static final String REDACTED = "[redacted]";

  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization", "proxy-authorization", "stripe-signature", "x-slack-signature", "cookie", "set-cookie",
          "x-api-key", "api-key", "x-goog-api-key", "x-amz-security-token", "x-auth-token");
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(api[_-]?key|apikey|token|secret|password|passwd|signature|credential|private[_-]?key|authorization).*",
          Pattern.CASE_INSENSITIVE);
  /** Shorter values are not treated as secrets: redacting every "1" or "true" would only hide data. */
  private static final int MIN_SECRET_LENGTH = 6;

  private final List<String> secrets;

  /** A redactor that also removes every occurrence of {@code knownSecrets} (the credentials in use). */
  public Redactor(Collection<String> knownSecrets) {
    this.secrets =
        knownSecrets.stream()
            .filter(s -> s != null && s.length() >= MIN_SECRET_LENGTH)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /** Whether a header, form field or JSON field of this name carries a secret by its name alone. */
  public static boolean isSecretName(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || SECRET_NAME.matcher(name).matches();
  }

  /** The headers as a JSON object (one string per header, values joined by ", "), secrets redacted. */
  public ObjectNode headers(Map<String, List<String>> headers) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    headers.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
        .forEach(e -> {
          String value = String.join(", ", e.getValue());
          out.put(e.getKey().toLowerCase(Locale.ROOT), isSecretName(e.getKey()) || holdsSecret(value) ? REDACTED : value);
        });
    return out;
  }

  /** A JSON value with secret fields and secret-holding strings redacted (the input is not changed). */
  public JsonNode json(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(e -> out.set(e.getKey(), isSecretName(e.getKey()) && !e.getValue().isContainerNode()
          ? JsonNodeFactory.instance.textNode(REDACTED)
          : json(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(json(item)));
      return out;
    }
    if (node.isTextual() && holdsSecret(node.asText())) {
      return JsonNodeFactory.instance.textNode(REDACTED);
    }
    return node;
  }

  /** Free text (a URL, an error message) with every known secret replaced where it occurs. */
  public String text(String value) {
    if (value == null) {
      return null;
    }
    String out = value;
    for (String secret : secrets) {
      out = out.replace(secret, REDACTED);
    }
    return out;
  }

  /** Whether {@code value} contains one of the known secrets. */
  public boolean holdsSecret(String value) {
    for (String secret : secrets) {
      if (value.contains(secret)) {
        return true;
      }
    }
    return false;
  }
}
