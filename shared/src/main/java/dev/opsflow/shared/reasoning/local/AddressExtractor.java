package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the service address and returns it as written, from the house number through the street and unit,
 * with the city, state and ZIP only when they follow on the same line. In order:
 *
 * <ol>
 *   <li>a labelled line ("Address: ...", "Street address:", "Home:", "House:") whose value starts with a number;
 *   <li>the shape number + one to four street-name words + suffix (Street, St, Ave, Rd, ...), then optionally a
 *       direction, a unit (Apt 4B, unit 12, #204, apartment 1 C), ", City" and "ST 12345". The number may be
 *       spoken ("twenty two fifteen Brookside Drive"). Street-name words may not be function words, so "2 kids
 *       in the way" is no address;
 *   <li>without a suffix, a number and one or two capitalised words right after a location cue ("I'm at 40
 *       North Drexel", "house is 280 East Maynard").
 * </ol>
 *
 * An address on a line where a "|" comes before it is a letterhead (a company's own address), not the service
 * address, and is skipped.
 */
public final class AddressExtractor {
  static final String SUFFIX =
      "(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter"
          + "|circle|cir|parkway|pkwy|highway|hwy|trail|trl|loop|row|square|sq|crescent|cres|alley|aly|pike|path"
          + "|point|pt|ridge|crossing|xing|commons|hollow|glen|heights|hts|run|bend|cove|cv|expressway|expy"
          + "|freeway|fwy|turnpike|tpke|walk|plaza)";
  private static final String DIRECTION = "(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|northwest|southeast|southwest)";
  private static final String SPOKEN_NUMBER =
      "(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
          + "|oh)[ \\t-]+){1,4}";
  private static final String NUMBER = "(?:\\d{1,6}[a-z]?(?:-\\d{1,4})?[ \\t]+|" + SPOKEN_NUMBER + ")";
  private static final String NAME_WORD = "(?:[a-z](?:[a-z'-]*|\\.)|\\d+(?:st|nd|rd|th))";
  private static final String UNIT =
      "(?:,?[ \\t]*(?:apt|apartment|apartamento|unit|suite|ste|#|fl|floor|bldg|building|lot|rm|room)\\.?[ \\t]*#?[ \\t]*"
          + "[a-z0-9-]{0,5}\\d[a-z0-9-]{0,5}\\b(?-i:[ \\t][A-Z]\\b)?|,?[ \\t]*(?:apt|apartment|unit|suite)\\.?[ \\t]+[a-z]\\b)";
  private static final String CITY = "(?:,[ \\t]*[A-Z][A-Za-z'-]+(?:[ \\t]+[A-Z][A-Za-z'-]+){0,2})";
  private static final String STATE_ZIP = "(?:,?[ \\t]+[A-Z]{2}\\b(?:[ \\t]+\\d{5}(?:-\\d{4})?\\b)?|,?[ \\t]+\\d{5}(?:-\\d{4})?\\b)";
  private static final Pattern SHAPED =
      Pattern.compile(
          "(?i)(?<![\\w-])(?<number>" + NUMBER + ")(?<street>(?:" + DIRECTION + "\\.?[ \\t]+)?(?:" + NAME_WORD + "[ \\t]+){0,3}"
              + NAME_WORD + ")[ \\t]+" + SUFFIX + "\\b\\.?(?:[ \\t]+\\d{1,4}(?=,))?(?:[ \\t]+" + DIRECTION + "\\b\\.?)?"
              + UNIT + "?(?-i:" + CITY + "?" + STATE_ZIP + "?)");
  private static final Pattern CUED =
      Pattern.compile(
          "(?i)\\b(?:at|is|address|live at|located at|on)[ \\t]+(?<address>\\d{1,6}[ \\t]+(?:" + DIRECTION + "[ \\t]+)?"
              + "(?-i:\\p{Lu}[\\p{L}'-]+)(?:[ \\t]+(?-i:\\p{Lu}[\\p{L}'-]+))?)(?=[ \\t]*(?:[,.;!?]|$|\\n|[ \\t](?-i:[a-z])))");
  private static final Pattern LABELLED =
      Pattern.compile("(?im)^[ \\t]*(?:service |street |home |mailing |property )?(?:address|home|house|location|property)[ \\t]*:[ \\t]*(?<address>\\d[^\\n]*)$");
  private static final Set<String> NOT_STREET_WORDS =
      Set.of(
          "a", "an", "the", "in", "on", "at", "of", "to", "for", "and", "or", "is", "it", "my", "our", "your", "his",
          "her", "their", "this", "that", "with", "from", "by", "into", "out", "up", "down", "over", "under",
          "minutes", "hours", "days", "weeks", "months", "years", "times", "kids", "people", "pm", "am", "was",
          "were", "be", "been", "has", "have", "had", "i", "we", "you", "they", "he", "she", "me", "us", "them",
          "degrees", "gallon", "gallons", "year", "story", "bedroom", "bedrooms", "bathroom", "units", "dollars",
          "number", "call", "phone", "cell", "just", "like", "um", "uh");
  private static final Set<String> NOT_NAMES =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "degrees", "am", "pm",
          "gallon", "amp", "amps", "years", "minutes", "hours");
  private static final Pattern STREET_WORD = Pattern.compile("(?i).*\\b(?:" + SUFFIX + "|apt|unit|suite|ste)\\b.*");

  /** True when the text contains a street suffix or unit word (so it is not a person's name). */
  static boolean hasStreetWord(String text) {
    return STREET_WORD.matcher(text).matches();
  }

  /** The first service address in the text. */
  public Optional<ExtractedField> extract(String text) {
    Matcher labelled = LABELLED.matcher(text);
    if (labelled.find()) {
      return Optional.of(field(text, labelled.start("address"), labelled.end("address")));
    }
    Matcher m = SHAPED.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      if (plausible(m.group("street"), m.group("number")) && !letterhead(text, m.start())) {
        return Optional.of(field(text, m.start(), m.end()));
      }
      from = m.start() + 1;
    }
    Matcher cued = CUED.matcher(text);
    while (cued.find()) {
      String words = cued.group("address").replaceFirst("^\\d+[ \\t]+", "").toLowerCase(Locale.ROOT);
      if (Set.of(words.split("[ \\t]+")).stream().noneMatch(NOT_NAMES::contains)) {
        return Optional.of(field(text, cued.start("address"), cued.end("address")));
      }
    }
    return Optional.empty();
  }

  private static ExtractedField field(String text, int start, int end) {
    while (end > start && ",.;:!? \t".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end < text.length() && text.charAt(end) == '.' && text.substring(start, end).matches("(?is).*\\b(?:" + SUFFIX + "|[a-z]{2})")) {
      // "Riverside Dr." keeps its abbreviation dot; it is part of the text as written.
      String withDot = text.substring(start, end + 1);
      if (withDot.matches("(?is).*\\b(?:st|ave|av|rd|blvd|dr|ln|ct|pl|ter|cir|pkwy|hwy|trl|sq|apt)\\.")) {
        end++;
      }
    }
    return new ExtractedField(text.substring(start, end), Evidence.span(text, start, end));
  }

  private static boolean plausible(String street, String number) {
    for (String word : street.toLowerCase(Locale.ROOT).split("[ \\t]+")) {
      if (NOT_STREET_WORDS.contains(word.replaceAll("[.']", ""))) {
        return false;
      }
    }
    boolean spoken = !Character.isDigit(number.charAt(0));
    return !spoken || Character.isUpperCase(street.charAt(0));
  }

  /** True when a "|" stands earlier on the same line (a letterhead such as "Acme | 12 Main St"). */
  private static boolean letterhead(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return text.substring(lineStart, at).contains("|");
  }
}
