package dev.opsflow.shared.reasoning.guard;

import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.intake.DraftFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enforces "never promise a date or time, never name a price" on confirmation drafts: a draft whose subject
 * or body names a day ("tomorrow", "on Monday", "Nov 3"), a clock time ("at 3", "3pm"), a response time
 * ("within 2 hours") or a price ("$", "dollars", "free", "no charge") is marked {@code needs_human} with the
 * {@link DraftFlag}s the approval policy reads ({@code promises_time}, {@code names_price}) and one reason per
 * finding, so a person approves it before it is sent. "feel free" and "toll-free" are not prices,
 * and "at 9 Pine Road" is an address, not a time.
 */
public final class DraftGuard {
  private static final String NUMBER = "(?:\\d+|an?|one|two|three|four|five|six|twelve|twenty-four|24|48|few|couple of)";
  private static final Pattern TIME_PROMISE =
      Pattern.compile(
          "(?i)\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|weekend)"
              + "|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
              + "|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'?clock)"
              + "|(?:at|by|before|after|around) \\d{1,2}(?::\\d{2})?(?![ \\t]*[A-Za-z0-9])"
              + "|noon|midnight|same[- ]day|first thing"
              + "|within (?:the next )?" + NUMBER + " (?:business )?(?:minutes?|hours?|days?|weeks?)"
              + "|in (?:the next )?" + NUMBER + " (?:business )?(?:minutes?|hours?|days?)"
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?"
              + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\b");
  private static final Pattern PRICE =
      Pattern.compile(
          "(?i)\\$\\s*\\d[\\d,.]*|\\$|\\b\\d[\\d,.]*\\s*(?:dollars?|bucks|usd)\\b|\\bdollars?\\b"
              + "|(?<!feel |toll-|toll |hands-)\\bfree\\b(?!-?\\s*(?:to|of mind))|\\bno (?:charge|cost)\\b"
              + "|\\bdiscount\\w*|\\b\\d+\\s*%\\s*off\\b|\\bat no cost\\b");

  /** The draft, flagged for a human when it promises a time or names a price. */
  public Draft check(Draft draft) {
    List<String> reasons = new ArrayList<>(draft.reasons());
    Set<DraftFlag> flags = EnumSet.noneOf(DraftFlag.class);
    flags.addAll(draft.flags());
    for (String part : List.of(draft.subject(), draft.body())) {
      collect(TIME_PROMISE.matcher(part), DraftFlag.PROMISES_TIME, "promises a date or time", flags, reasons);
      collect(PRICE.matcher(part), DraftFlag.NAMES_PRICE, "names a price", flags, reasons);
    }
    return flags.isEmpty()
        ? draft
        : new Draft(draft.subject(), draft.body(), true, flags, reasons.stream().distinct().toList(), draft.call());
  }

  private static void collect(Matcher m, DraftFlag flag, String what, Set<DraftFlag> flags, List<String> reasons) {
    while (m.find()) {
      flags.add(flag);
      reasons.add(what + ": \"" + m.group().strip() + "\"");
    }
  }
}
