package dev.opsflow.shared.reasoning.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers said in words, as voicemail transcripts give them ("five five five, one two three, four
 * five six seven", "oh" for zero, "double five", "fifty three", "eight hundred"), into digits. Number words
 * that follow each other with only spaces or hyphens between them are joined into one digit group; commas
 * and full stops between them become one space, so a phone number said in three groups reads "555 123 4567".
 * Written single digits with spaces ("6 1 4, 5 5 5") are joined the same way. "oh" and "o" count as zero, and
 * "for" as four, only next to other numbers; a spoken group next to a written multi-digit number starts a
 * new group. Text outside such runs is kept as it is.
 */
public final class SpokenDigits {
  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
          Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
          Map.entry("eight", "8"), Map.entry("nine", "9"));
  private static final Map<String, String> TEENS =
      Map.ofEntries(
          Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
          Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
          Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
          Map.entry("nineteen", "19"));
  private static final Map<String, String> TENS =
      Map.of(
          "twenty", "2", "thirty", "3", "forty", "4", "fifty", "5", "sixty", "6", "seventy", "7", "eighty", "8",
          "ninety", "9");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+|[0-9]+");
  private static final Pattern JOINING_GAP = Pattern.compile("[ \\t\\-]*");
  private static final Pattern NEXT_WORD = Pattern.compile("[ \\t\\-]+([A-Za-z]+)");
  private static final Pattern GROUP_GAP = Pattern.compile("[ \\t\\-]*[,.;:()/][ \\t\\-,.;:()/]*|[ \\t]+dash[ \\t]+");

  private SpokenDigits() {}

  /** The text with every spoken number run rewritten as digits. */
  public static MappedText normalise(String original) {
    Builder out = new Builder(original);
    Matcher m = TOKEN.matcher(original);
    int copied = 0;
    int pos = 0;
    while (m.find(pos)) {
      Run run = Run.scan(original, m.start());
      if (run == null || !(run.spoken || run.singleDigits >= 4)) {
        pos = m.end();
        continue;
      }
      out.copy(copied, run.start);
      out.append(run);
      copied = run.end;
      pos = run.end;
    }
    out.copy(copied, original.length());
    return out.build();
  }

  /** True when the word (any case) is a number word this class understands. */
  static boolean isNumberWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w);
  }

  /** One piece of output: digits and the original span they stand for. */
  private record Piece(String digits, int start, int end, boolean groupBreakBefore) {}

  /** A maximal run of numeric tokens; {@code spoken} when at least one of them is a word. */
  private static final class Run {
    final List<Piece> pieces = new ArrayList<>();
    int start;
    int end;
    boolean spoken;
    int singleDigits;
    boolean lastWritten;
    int lastLength;

    static Run scan(String s, int from) {
      Run run = new Run();
      run.start = from;
      int at = from;
      boolean breakBefore = false;
      while (true) {
        Matcher token = TOKEN.matcher(s).region(at, s.length());
        if (!token.lookingAt()) {
          break;
        }
        String word = token.group().toLowerCase(Locale.ROOT);
        String next = nextWord(s, token.end());
        String digits = digitsOf(word, next, !run.pieces.isEmpty());
        int consumedEnd = token.end();
        if (digits == null && (word.equals("double") || word.equals("triple")) && next != null) {
          String unit = next.equals("oh") || next.equals("o") ? "0" : UNITS.get(next);
          if (unit != null) {
            digits = unit.repeat(word.equals("double") ? 2 : 3);
            consumedEnd = s.toLowerCase(Locale.ROOT).indexOf(next, token.end()) + next.length();
          }
        }
        if (digits == null) {
          break;
        }
        boolean written = Character.isDigit(word.charAt(0));
        if (!written) {
          run.spoken = true;
        } else if (word.length() == 1) {
          run.singleDigits++;
        }
        boolean previousWritten = !run.pieces.isEmpty() && run.lastWritten;
        if (!run.pieces.isEmpty() && !breakBefore && (written && word.length() > 1 || previousWritten && run.lastLength > 1)
            && written != previousWritten) {
          // A spoken group next to a written multi-digit number ("...five seven 3722 Sunbury") is a new group.
          breakBefore = true;
        }
        run.lastWritten = written;
        run.lastLength = word.length();
        if (TENS.containsKey(word) && next != null && UNITS.containsKey(next) && !next.equals("zero")) {
          digits = TENS.get(word) + UNITS.get(next);
          consumedEnd = s.toLowerCase(Locale.ROOT).indexOf(next, token.end()) + next.length();
        }
        run.pieces.add(new Piece(digits, token.start(), consumedEnd, breakBefore));
        run.end = consumedEnd;
        Matcher group = GROUP_GAP.matcher(s).region(consumedEnd, s.length());
        Matcher join = JOINING_GAP.matcher(s).region(consumedEnd, s.length());
        if (group.lookingAt() && startsToken(s, group.end())) {
          breakBefore = true;
          at = group.end();
        } else if (join.lookingAt() && startsToken(s, join.end())) {
          breakBefore = false;
          at = join.end();
        } else {
          break;
        }
      }
      if (run.pieces.isEmpty()) {
        return null;
      }
      return run;
    }

    private static boolean startsToken(String s, int at) {
      return at < s.length() && Character.isLetterOrDigit(s.charAt(at));
    }

    private static String nextWord(String s, int from) {
      Matcher next = NEXT_WORD.matcher(s).region(from, s.length());
      return next.lookingAt() ? next.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean startsNumber(String word) {
      return Character.isDigit(word.charAt(0)) || UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
          || word.equals("oh") || word.equals("o") || word.equals("double") || word.equals("triple");
    }

    private static String digitsOf(String word, String next, boolean inRun) {
      if (Character.isDigit(word.charAt(0))) {
        return word;
      }
      if (UNITS.containsKey(word)) {
        return UNITS.get(word);
      }
      if (TEENS.containsKey(word)) {
        return TEENS.get(word);
      }
      if (TENS.containsKey(word)) {
        return TENS.get(word) + "0";
      }
      if (word.equals("hundred") && inRun) {
        return "00";
      }
      if (word.equals("for") && inRun && next != null && startsNumber(next)) {
        // Transcribers write "six one for five" for "six one four five".
        return "4";
      }
      if (word.equals("oh") || word.equals("o")) {
        boolean nextIsNumber = next != null && (UNITS.containsKey(next) || next.equals("oh") || next.equals("o"));
        return inRun || nextIsNumber ? "0" : null;
      }
      return null;
    }
  }

  /** Accumulates the rewritten text and its origin map. */
  private static final class Builder {
    private final String original;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> origins = new ArrayList<>();

    Builder(String original) {
      this.original = original;
    }

    void copy(int from, int to) {
      for (int i = from; i < to; i++) {
        text.append(original.charAt(i));
        origins.add(new int[] {i, i + 1});
      }
    }

    void append(Run run) {
      for (Piece piece : run.pieces) {
        if (piece.groupBreakBefore()) {
          text.append(' ');
          origins.add(new int[] {piece.start(), piece.start()});
        }
        for (char c : piece.digits().toCharArray()) {
          text.append(c);
          origins.add(new int[] {piece.start(), piece.end()});
        }
      }
    }

    MappedText build() {
      int[] starts = new int[origins.size()];
      int[] ends = new int[origins.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = origins.get(i)[0];
        ends[i] = origins.get(i)[1];
      }
      return new MappedText(original, text.toString(), starts, ends);
    }
  }
}
