package dev.opsflow.local.asl.path;

import dev.opsflow.local.asl.StatesException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an ASL reference path ({@code $.a.b}, {@code $['a b'][0]}): a path that names exactly one
 * node with dot or bracket steps and no wildcard, slice, filter or function, as {@code ResultPath}
 * requires. Only what writing a value needs is kept: the ordered field and index steps.
 */
final class ReferencePath {
  sealed interface Step {}

  record Field(String name) implements Step {}

  record Index(int position) implements Step {}

  private ReferencePath() {}

  static List<Step> parse(String path) {
    if (!path.startsWith("$") || path.startsWith("$$")) {
      throw invalid(path);
    }
    List<Step> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i + 1, end);
        if (name.isEmpty() || name.equals("*")) {
          throw invalid(path);
        }
        steps.add(new Field(name));
        i = end;
      } else if (c == '[') {
        int close = closingBracket(path, i);
        steps.add(bracketStep(path, path.substring(i + 1, close)));
        i = close + 1;
      } else {
        throw invalid(path);
      }
    }
    return steps;
  }

  private static int closingBracket(String path, int open) {
    char quote = open + 1 < path.length() ? path.charAt(open + 1) : 0;
    if (quote == '\'' || quote == '"') {
      int end = path.indexOf(quote, open + 2);
      if (end < 0 || end + 1 >= path.length() || path.charAt(end + 1) != ']') {
        throw invalid(path);
      }
      return end + 1;
    }
    int close = path.indexOf(']', open);
    if (close < 0) {
      throw invalid(path);
    }
    return close;
  }

  private static Step bracketStep(String path, String inside) {
    if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')) {
      return new Field(inside.substring(1, inside.length() - 1));
    }
    try {
      return new Index(Integer.parseInt(inside.trim()));
    } catch (NumberFormatException e) {
      throw invalid(path);
    }
  }

  private static StatesException invalid(String path) {
    return StatesException.runtime("Invalid path '" + path + "' : not a reference path");
  }
}
