package dev.opsflow.shared.reasoning.local;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import dev.opsflow.shared.reasoning.text.MappedText;
import dev.opsflow.shared.reasoning.text.SpokenDigits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sender's callback number among North American numbers written in any format (libphonenumber,
 * region US, lenient so that fictional 555 numbers count) or spoken ("six one four, five five five..."), and
 * returns it in E.164. Only ten-digit numbers count. Numbers that belong to someone else are skipped: serial,
 * model, invoice and account numbers, the business's own ("call us at"), a tenant's, spouse's or landlord's
 * given for reference. Of the rest, one the sender names as the callback ("call me at", "my cell", "M:") wins,
 * then one outside a quoted reply, then the first.
 */
public final class PhoneExtractor {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** Ten digits in the usual groupings, for runs libphonenumber reads as one longer number. */
  private static final Pattern TEN_DIGITS =
      Pattern.compile("(?<![\\d+])(?:\\+?1[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4}(?!\\d)");
  private static final Pattern CALLBACK_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:call|reach|text|txt|contact|callback|call back|cell|mobile|my number|number is|number's"
              + "|best number|phone|tel|m)\\b[^.!?\\n]{0,30}|\\b(?:at|is|:)[ \\t]*)$");
  private static final Pattern CALLBACK_AFTER =
      Pattern.compile("(?i)^[^.!?\\n]{0,15}\\b(?:is my cell|cell's better|is best|try mine|\\(cell\\)|\\(mobile\\))");
  private static final Pattern NOT_A_PHONE =
      Pattern.compile("(?i)\\b(?:serial|model|invoice|order|account|acct|po|ref|confirmation|tracking|claim|policy)\\b[^\\n]{0,12}$|#[ \\t]*$");
  private static final Pattern SOMEONE_ELSE =
      Pattern.compile(
          "(?i)(?:\\b(?:call us|us at|our number|our office|notify the sender|contact your branch|tenant|landlord's"
              + "|wife's|husband's|spouse's|his number|her number|their number|his cell|her cell|office line"
              + "|work number|fax)\\b[^.!?\\n]{0,25})$");

  /** Every ten-digit North American number in the text, in order, with evidence in the original text. */
  public List<ExtractedField> all(String text) {
    MappedText mapped = SpokenDigits.normalise(text);
    List<int[]> spans = new ArrayList<>();
    List<ExtractedField> found = new ArrayList<>();
    for (PhoneNumberMatch match : UTIL.findNumbers(mapped.text(), "US", Leniency.POSSIBLE, Long.MAX_VALUE)) {
      add(text, mapped, match.start(), match.end(), match.number(), spans, found);
    }
    Matcher tens = TEN_DIGITS.matcher(mapped.text());
    while (tens.find()) {
      try {
        add(text, mapped, tens.start(), tens.end(), UTIL.parse(tens.group(), "US"), spans, found);
      } catch (NumberParseException e) {
        // Not a number libphonenumber can read: not a candidate.
      }
    }
    found.sort(Comparator.comparingInt(f -> f.evidence().start()));
    return found;
  }

  /** The sender's callback number, if the text gives one. */
  public Optional<ExtractedField> extract(String text) {
    List<ExtractedField> candidates = all(text).stream()
        .filter(f -> !NOT_A_PHONE.matcher(before(text, f)).find())
        .filter(f -> !SOMEONE_ELSE.matcher(before(text, f)).find())
        .toList();
    return candidates.stream()
        .min(Comparator.comparingInt((ExtractedField f) -> callback(text, f) ? 0 : 1)
            .thenComparingInt(f -> quoted(text, f) ? 1 : 0)
            .thenComparingInt(f -> f.evidence().start()));
  }

  private static void add(String text, MappedText mapped, int start, int end, PhoneNumber number,
      List<int[]> spans, List<ExtractedField> found) {
    if (number.getCountryCode() != 1 || String.valueOf(number.getNationalNumber()).length() != 10) {
      return;
    }
    if (spans.stream().anyMatch(s -> s[0] < end && start < s[1])) {
      return;
    }
    spans.add(new int[] {start, end});
    int[] span = mapped.originalSpan(start, end);
    found.add(new ExtractedField(UTIL.format(number, PhoneNumberFormat.E164), Evidence.span(text, span[0], span[1])));
  }

  private static String before(String text, ExtractedField f) {
    return text.substring(Math.max(0, f.evidence().start() - 60), f.evidence().start());
  }

  private static boolean callback(String text, ExtractedField f) {
    String after = text.substring(f.evidence().end(), Math.min(text.length(), f.evidence().end() + 40));
    return CALLBACK_BEFORE.matcher(before(text, f)).find() || CALLBACK_AFTER.matcher(after).find();
  }

  private static boolean quoted(String text, ExtractedField f) {
    int lineStart = text.lastIndexOf('\n', f.evidence().start() - 1) + 1;
    return text.startsWith(">", lineStart) || text.substring(lineStart).stripLeading().startsWith(">");
  }
}
