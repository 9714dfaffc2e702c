package dev.opsflow.shared.reasoning.local;

import java.util.Locale;
import java.util.Set;

/**
 * Which words can be part of a person's name. Function words, pronouns, days and the like never are, even
 * capitalised at the start of a sentence. Ordinary words that are also names (Bill, Hope, Will, Mark...) are
 * accepted when capitalised in text that uses capitals, and refused in an all-lower-case transcript, where
 * capitals cannot tell them apart.
 */
final class NameWords {
  private static final Set<String> NEVER =
      Set.of(
          "a", "an", "the", "and", "or", "but", "so", "just", "also", "here", "there", "from", "at", "on", "in",
          "with", "about", "regarding", "re", "for", "to", "of", "i", "im", "ive", "id", "ill", "my", "me", "we",
          "were", "our", "ours", "you", "your", "youre", "it", "its", "this", "that", "these", "those", "they",
          "theyre", "he", "she", "his", "her", "him", "them", "not", "no", "yes", "is", "was", "be", "been", "am",
          "are", "who", "what", "when", "where", "why", "how", "because", "since", "if", "then", "hi", "hello",
          "hey", "thanks", "thank", "please", "pls", "plz", "sorry", "ok", "okay", "um", "uh", "er", "ah",
          "oh", "yeah", "yep", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "june", "july", "august", "september", "october",
          "november", "december", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "sent",
          "mobile", "cell", "phone", "email", "address", "tel", "fax", "subject", "dear", "regards", "best",
          "cheers", "sincerely", "ac", "hvac", "gas", "water", "furnace", "fridge", "dryer", "washer", "oven",
          "stove", "toilet", "sink", "heater", "outlet", "breaker", "panel", "power", "heat", "help", "urgent",
          "emergency", "asap", "calling", "writing", "texting", "having", "getting", "trying", "looking",
          "wondering", "hoping", "going", "gonna", "wanna", "still", "again", "really", "very", "currently",
          "afraid", "worried", "concerned", "glad", "happy", "sure", "interested", "following", "reaching",
          "contacting", "leaving", "sending", "messaging", "home", "out", "off", "back", "one", "some", "any",
          "all", "every", "each", "both", "other", "another", "new", "old", "need", "want", "would", "could",
          "can", "should", "let", "know", "call", "text", "number", "landlord", "tenant", "owner", "homeowner",
          "customer", "property", "manager", "mom", "dad", "wife", "husband", "neighbor", "son", "daughter",
          "mother", "father", "service", "repair", "company", "team", "office", "support", "sir", "madam",
          "maam", "folks", "guys", "like", "kind", "pretty", "something", "nothing", "anything", "everything");
  private static final Set<String> LOWER_CASE_ONLY_COMMON =
      Set.of(
          "will", "bill", "hope", "summer", "dawn", "rose", "faith", "sunny", "holly", "chase", "grant", "joy",
          "ivy", "hunter", "mark", "free", "available", "busy", "fine", "good", "great", "done", "ready",
          "able", "unable", "down", "stuck", "broken", "leaking", "renting", "away", "up", "over", "very");

  private NameWords() {}

  /** True when the word may be part of a name; with {@code caseAware} it must also start upper-case. */
  static boolean isNameLike(String word, boolean caseAware) {
    String bare = word.replaceAll("[.'’]", "").toLowerCase(Locale.ROOT);
    if (bare.isEmpty() || (bare.length() < 2 && !word.endsWith("."))) {
      return false;
    }
    if (NEVER.contains(bare) || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (caseAware) {
      return Character.isUpperCase(word.charAt(0));
    }
    return !LOWER_CASE_ONLY_COMMON.contains(bare);
  }
}
