package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sender's email address, written ({@code Jane.Doe@Example.com}) or spoken as a transcript gives it
 * ("jane dot doe at gmail dot com"), normalised to lower case. Addresses in message headers belong to whoever
 * the header names: those on To/Cc lines are skipped, and those on From or "... wrote:" lines count only when
 * the header's name is the sender's ("Nora Kessler <nora@...> wrote:" for a message signed Nora). With several,
 * one introduced by an email cue wins, then the first.
 */
public final class EmailExtractor {
  private static final Pattern WRITTEN =
      Pattern.compile("[A-Za-z0-9._%+-]+\\s?@\\s?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final String TLD = "(?:com|net|org|edu|gov|us|io|co|biz|info|me)";
  private static final Pattern SPOKEN =
      Pattern.compile(
          "(?i)\\b([a-z0-9]+(?:\\s+(?:dot|underscore|dash)\\s+[a-z0-9]+)*)\\s+(?:at|\\(at\\)|\\[at\\])\\s+"
              + "([a-z0-9]+(?:\\s+dot\\s+[a-z0-9]+)*\\s+dot\\s+" + TLD + ")\\b");
  private static final Pattern EMAIL_CUE = Pattern.compile("(?i)\\b(e-?mail|reach me|write|contact)\\b[^.!?\\n]{0,25}$");
  private static final Pattern RECIPIENT_HEADER = Pattern.compile("(?i)^[ \\t>]*(?:to|cc|bcc|reply-to)[ \\t]*:");
  private static final Pattern SENDER_HEADER = Pattern.compile("(?i)^[ \\t>]*(?:from|sender)[ \\t]*:|\\bwrote[ \\t]*:");
  private static final Pattern SPOKEN_NOISE = Pattern.compile("(?i)^(?:is|me|my|email|e-mail|it's|its)$");

  /** Every address in the text, in order of appearance. */
  public List<ExtractedField> all(String text) {
    List<ExtractedField> found = new ArrayList<>();
    Matcher written = WRITTEN.matcher(text);
    while (written.find()) {
      String value = written.group().replace(" ", "").replaceAll("^[._%+-]+", "").toLowerCase(Locale.ROOT);
      found.add(new ExtractedField(value, Evidence.span(text, written.start(), written.end())));
    }
    Matcher spoken = SPOKEN.matcher(text);
    while (spoken.find()) {
      String local = spoken.group(1);
      if (SPOKEN_NOISE.matcher(local.strip()).matches()) {
        continue;
      }
      String value = (speltOut(local) + "@" + speltOut(spoken.group(2))).toLowerCase(Locale.ROOT);
      found.add(new ExtractedField(value, Evidence.span(text, spoken.start(), spoken.end())));
    }
    found.sort(Comparator.comparingInt(f -> f.evidence().start()));
    return found;
  }

  /** The sender's address; {@code senderName} (may be null) decides whether header addresses are theirs. */
  public Optional<ExtractedField> extract(String text, String senderName) {
    List<ExtractedField> all = all(text).stream().filter(f -> belongsToSender(text, f, senderName)).toList();
    return all.stream()
        .filter(f -> EMAIL_CUE.matcher(text.substring(0, f.evidence().start())).find())
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  private static boolean belongsToSender(String text, ExtractedField email, String senderName) {
    int lineStart = text.lastIndexOf('\n', email.evidence().start() - 1) + 1;
    int lineEnd = text.indexOf('\n', email.evidence().end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (RECIPIENT_HEADER.matcher(line).find()) {
      return false;
    }
    if (!SENDER_HEADER.matcher(line).find()) {
      return true;
    }
    if (senderName == null) {
      return false;
    }
    String firstName = senderName.split("\\s+")[0].toLowerCase(Locale.ROOT);
    String header = text.substring(lineStart, email.evidence().start()).toLowerCase(Locale.ROOT);
    return header.matches("(?s).*\\b" + Pattern.quote(firstName) + "\\b.*");
  }

  /** "jane dot doe" to "jane.doe". */
  static String speltOut(String words) {
    return words
        .replaceAll("(?i)\\s+dot\\s+", ".")
        .replaceAll("(?i)\\s+underscore\\s+", "_")
        .replaceAll("(?i)\\s+dash\\s+", "-");
  }
}
