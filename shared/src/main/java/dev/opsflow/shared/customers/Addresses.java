package dev.opsflow.shared.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Street addresses for matching. Normalising maps the usual spellings onto one (Street/St./Str -> st,
 * Avenue/Av -> ave, Apartment/Apt/Suite/# -> unit, North -> n) and splits number, street, unit and locality.
 * Comparing treats the numbers as facts, not text: "12 Oak St" and "14 Oak St" are different houses however
 * alike they read, and "Apt 4" and "Apt 5" are different homes; the street and locality are compared with
 * Jaro-Winkler, which forgives typos.
 */
public final class Addresses {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final Map<String, String> STREET_TYPES = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("st", "st"), Map.entry("str", "st"),
      Map.entry("avenue", "ave"), Map.entry("ave", "ave"), Map.entry("av", "ave"),
      Map.entry("road", "rd"), Map.entry("rd", "rd"), Map.entry("drive", "dr"), Map.entry("dr", "dr"),
      Map.entry("boulevard", "blvd"), Map.entry("blvd", "blvd"), Map.entry("lane", "ln"), Map.entry("ln", "ln"),
      Map.entry("court", "ct"), Map.entry("ct", "ct"), Map.entry("place", "pl"), Map.entry("pl", "pl"),
      Map.entry("terrace", "ter"), Map.entry("ter", "ter"), Map.entry("parkway", "pkwy"), Map.entry("pkwy", "pkwy"),
      Map.entry("highway", "hwy"), Map.entry("hwy", "hwy"), Map.entry("circle", "cir"), Map.entry("cir", "cir"),
      Map.entry("square", "sq"), Map.entry("sq", "sq"), Map.entry("trail", "trl"), Map.entry("trl", "trl"),
      Map.entry("way", "way"));
  private static final Map<String, String> DIRECTIONS = Map.of(
      "north", "n", "south", "s", "east", "e", "west", "w",
      "northeast", "ne", "northwest", "nw", "southeast", "se", "southwest", "sw");
  private static final Set<String> UNIT_WORDS = Set.of("unit", "apt", "apartment", "suite", "ste", "flat");

  private Addresses() {}

  /** Takes {@code raw} apart; every part is empty when {@code raw} is null or blank. */
  public static NormalisedAddress normalise(String raw) {
    String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    text = text.toLowerCase(Locale.ROOT).replace("#", " unit ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    List<String> tokens = text.isEmpty() ? List.of() : List.of(text.split(" "));
    String number = "";
    String unit = "";
    List<String> street = new ArrayList<>();
    List<String> locality = new ArrayList<>();
    boolean streetEnded = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (i == 0 && token.matches("\\d+[a-z]?")) {
        number = token;
      } else if (UNIT_WORDS.contains(token) && i + 1 < tokens.size() && unit.isEmpty()) {
        unit = tokens.get(++i);
      } else if (!streetEnded) {
        String type = STREET_TYPES.get(token);
        // "St Marys Rd": a type word at the start of the street is part of its name.
        streetEnded = type != null && !street.isEmpty();
        street.add(type != null ? type : DIRECTIONS.getOrDefault(token, token));
      } else {
        locality.add(DIRECTIONS.getOrDefault(token, token));
      }
    }
    return new NormalisedAddress(number, String.join(" ", street), unit, String.join(" ", locality));
  }

  /** Similarity 0..1 of two addresses; 0 when their house numbers differ, low when their units differ. */
  public static double similarity(NormalisedAddress a, NormalisedAddress b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (!a.number().isEmpty() && !b.number().isEmpty() && !a.number().equals(b.number())) {
      return 0;
    }
    double score = JARO_WINKLER.apply(a.street(), b.street());
    if (!a.locality().isEmpty() && !b.locality().isEmpty()) {
      score = 0.85 * score + 0.15 * JARO_WINKLER.apply(a.locality(), b.locality());
    }
    if (a.number().isEmpty() != b.number().isEmpty()) {
      score *= 0.85;
    }
    if (!a.unit().isEmpty() && !b.unit().isEmpty() && !a.unit().equals(b.unit())) {
      score *= 0.5;
    } else if (a.unit().isEmpty() != b.unit().isEmpty()) {
      score *= 0.97;
    }
    return score;
  }
}
