package dev.opsflow.shared.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Person names for matching: normalised ("Dr. José  O'Brien" -> "jose obrien", "Smith, John" -> "john smith")
 * and compared with Jaro-Winkler per name part, which forgives the typos and dropped letters of transcribed
 * voicemails ("Jon" for "John", "Gonzales" for "Gonzalez").
 */
public final class Names {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam");

  private Names() {}

  /** The normalised name, or null when nothing is left of it. */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String name = raw.strip();
    int comma = name.indexOf(',');
    if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
      name = name.substring(comma + 1) + " " + name.substring(0, comma); // "Smith, John"
    }
    name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    name = name.replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    List<String> tokens = new ArrayList<>(Arrays.asList(name.split(" ")));
    tokens.removeIf(token -> token.isEmpty() || HONORIFICS.contains(token));
    return tokens.isEmpty() ? null : String.join(" ", tokens);
  }

  /**
   * Similarity 0..1 of two normalised names, token-aware: given names and surnames are compared separately
   * (whole-string Jaro-Winkler rates "tom baker" and "tim baker" alike but also "robert jones" and "john smith"
   * at 0.6), an initial matches its name ("j smith"), reversed order costs a little, and a single name
   * ("maria") scores at most 0.9 against a full one.
   */
  public static double similarity(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length == 1 || y.length == 1) {
      String single = x.length == 1 ? x[0] : y[0];
      double best = 0;
      for (String token : x.length == 1 ? y : x) {
        best = Math.max(best, JARO_WINKLER.apply(single, token));
      }
      return 0.9 * best;
    }
    String xLast = x[x.length - 1];
    String yLast = y[y.length - 1];
    double inOrder = 0.5 * given(x[0], y[0]) + 0.5 * JARO_WINKLER.apply(xLast, yLast);
    double reversed = 0.95 * (0.5 * given(x[0], yLast) + 0.5 * JARO_WINKLER.apply(xLast, y[0]));
    return Math.max(inOrder, reversed);
  }

  private static double given(String a, String b) {
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? 0.9 : 0;
    }
    return JARO_WINKLER.apply(a, b);
  }
}
