package dev.opsflow.shared.ingress.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body as its ordered name/value pairs (a name may repeat). Decoding
 * is strict: a malformed escape is an {@link IllegalArgumentException}, so it becomes a 400.
 */
public record FormBody(List<Map.Entry<String, String>> pairs) {
  public FormBody {
    pairs = List.copyOf(pairs);
  }

  public static FormBody parse(String text) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (text.isEmpty()) {
      return new FormBody(pairs);
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return new FormBody(pairs);
  }

  /** The first value of {@code name}, if present and not blank. */
  public Optional<String> first(String name) {
    return pairs.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).filter(v -> !v.isBlank()).findFirst();
  }

  /** The first value of each name (later repeats ignored), in order. */
  public Map<String, String> firstValues() {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    pairs.forEach(p -> values.putIfAbsent(p.getKey(), p.getValue()));
    return values;
  }
}
