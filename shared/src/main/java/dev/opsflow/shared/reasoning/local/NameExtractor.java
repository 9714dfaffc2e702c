package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sender's own name, trying in order: a "Name:" form field; a self-introduction ("my name is X",
 * "this is X", "it's uh X", "I'm X", "call X at"); a sign-off ("Thanks,\nX", "- X"); a line holding only a
 * name (an email signature, optionally followed by "| title"); a name written right before the sender's
 * number or address ("Tina 380-555-0338", "Mike @ 505 Heyl Ave"); in a one-line text message, a lone name as
 * its last sentence ("... Apt 1. Karen"). A name is one to three name-like words (see
 * {@link NameWords}). The fullest form found anywhere in the text wins ("Bill, uh, Bill Hardesty" gives "Bill
 * Hardesty"; a signature "Nora" with "Nora Kessler" in a quoted header gives "Nora Kessler").
 */
public final class NameExtractor {
  private static final String WORD = "\\p{L}[\\p{L}'’-]*\\.?";
  /** A capitalised word or initial ("D."). */
  private static final String CAP = "\\p{Lu}[\\p{L}'’-]*\\.?";
  private static final String FILLERS = "(?:(?:uh+|um+|er|erm|ah|like|yeah|so|,)[ \\t,]*)*";
  private static final Pattern FORM_FIELD =
      Pattern.compile("(?im)^[ \\t]*(?:full[ \\t]+|customer[ \\t]+|your[ \\t]+|contact[ \\t]+)?name[ \\t]*:[ \\t]*(\\S[^\\n]*)$");
  private static final List<Pattern> INTRODUCTIONS =
      List.of(
          Pattern.compile("(?i)(?:\\bmy name(?:'s| is)|(?:^|[.!?,][ \\t]*)name's)\\s+" + FILLERS + "(?<name>" + WORD + ")"),
          Pattern.compile("(?i)\\b(?:this is|it's|it is|its|this's)\\s+" + FILLERS + "(?<name>" + WORD + ")"),
          Pattern.compile("(?i)\\b(?:i'm|i am|im)\\s+" + FILLERS + "(?<name>" + WORD + ")"),
          Pattern.compile("(?i)\\b(?:call|ask for)\\s+(?<name>(?-i:\\p{Lu})" + WORD + "(?:\\s+(?-i:\\p{Lu})" + WORD + ")?)\\s+(?:at|on)\\b"));
  private static final String CLOSING =
      "(?:best regards|kind regards|warm regards|many thanks|thank you|thanks|thx|ty|regards|best|cheers|sincerely"
          + "|warmly|respectfully|take care|gracias|saludos|atentamente)";
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?im)^[ \\t]*" + CLOSING + "[ \\t]*[,!.]*(?:[ \\t]*[-–—,]?[ \\t]*|[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*)(?<name>" + CAP + ")");
  private static final Pattern INLINE_SIGN_OFF =
      Pattern.compile("(?i)\\b" + CLOSING + "[ \\t]*[,!][ \\t]*(?<name>(?-i:\\p{Lu})" + WORD + ")");
  private static final Pattern DASH_SIGNATURE =
      Pattern.compile("(?m)(?:^|[ \\t])[-–—~][ \\t]*(?<name>" + CAP + ")(?=(?:[ \\t]+" + CAP + "){0,2}[ \\t]*(?:,|$))");
  private static final Pattern NAME_LINE =
      Pattern.compile("(?m)^[ \\t]*(?<name>" + CAP + "(?:[ \\t]+" + CAP + "){0,3})[ \\t]*(?:[|,][^\\n]*)?$");
  private static final Pattern SIGNATURE_FOLLOWER =
      Pattern.compile("(?i)^[ \\t]*(?:$|.*\\d.*|.*@.*|[-—_>=*].*|sent from.*|on .*wrote.*"
          + "|.*\\b(?:llc|inc|ltd|group|company|associates|manager|analyst|director|owner|partners?|advisor|realty"
          + "|properties|rentals|management)\\b.*)");
  private static final Pattern BEFORE_CONTACT =
      Pattern.compile("(?<![\\p{L}'])(?<name>\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?)[ \\t]*(?:@|,)?[ \\t]+(?=\\+?\\(?\\d)");
  private static final Pattern LAST_WORD = Pattern.compile("[.!?][ \\t]+(?<name>\\p{Lu}\\p{L}+)[ \\t]*[.!]?[ \\t]*$");

  /** The sender's name, if the text states it. */
  public Optional<ExtractedField> extract(String text) {
    boolean caseAware = !text.equals(text.toLowerCase(Locale.ROOT));
    return first(text, caseAware).map(name -> fullest(text, name));
  }

  private Optional<ExtractedField> first(String text, boolean caseAware) {
    Matcher form = FORM_FIELD.matcher(text);
    if (form.find()) {
      return NameSpan.at(text, form.start(1), caseAware, 4);
    }
    for (Pattern intro : INTRODUCTIONS) {
      Optional<ExtractedField> name = firstName(intro, text, caseAware);
      if (name.isPresent()) {
        return name;
      }
    }
    for (Pattern signature : List.of(SIGN_OFF, DASH_SIGNATURE, INLINE_SIGN_OFF)) {
      Optional<ExtractedField> name = firstName(signature, text, true);
      if (name.isPresent()) {
        return name;
      }
    }
    Optional<ExtractedField> line = nameLine(text);
    if (line.isPresent()) {
      return line;
    }
    return firstName(BEFORE_CONTACT, text, true, name -> !AddressExtractor.hasStreetWord(name))
        .or(() -> text.strip().contains("\n") ? Optional.empty() : firstName(LAST_WORD, text, true));
  }

  private static Optional<ExtractedField> firstName(Pattern pattern, String text, boolean caseAware) {
    return firstName(pattern, text, caseAware, name -> true);
  }

  private static Optional<ExtractedField> firstName(
      Pattern pattern, String text, boolean caseAware, Predicate<String> accept) {
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      Optional<ExtractedField> name = NameSpan.at(text, m.start("name"), caseAware, 3);
      if (name.isPresent() && accept.test(name.get().value())) {
        return name;
      }
      from = m.start() + 1;
    }
    return Optional.empty();
  }

  /** A line holding only a name (and maybe "| title"), not the first line, followed by a signature-like line. */
  private static Optional<ExtractedField> nameLine(String text) {
    Matcher m = NAME_LINE.matcher(text);
    while (m.find()) {
      if (m.start() == 0 || !followedBySignature(text, m.end())) {
        continue;
      }
      Optional<ExtractedField> name = NameSpan.at(text, m.start("name"), true, 4);
      if (name.isPresent() && name.get().evidence().end() == m.end("name")) {
        return name;
      }
    }
    return Optional.empty();
  }

  private static boolean followedBySignature(String text, int lineEnd) {
    String rest = text.substring(lineEnd).replaceFirst("^(?:[ \\t]*\\n)+", "");
    String next = rest.isEmpty() ? "" : rest.split("\\n", 2)[0];
    return SIGNATURE_FOLLOWER.matcher(next).matches();
  }

  /** The longest "name followed by more name words" occurrence that extends the found name. */
  private static ExtractedField fullest(String text, ExtractedField found) {
    ExtractedField best = found;
    Matcher m = Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(found.value()) + "(?![\\p{L}'])").matcher(text);
    while (m.find()) {
      Optional<ExtractedField> longer = NameSpan.at(text, m.start(), true, 3);
      if (longer.isPresent() && longer.get().value().length() > best.value().length()) {
        best = longer.get();
      }
    }
    return best;
  }
}
