package dev.opsflow.shared.config;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The configuration cannot be used. Carries every problem found, not just the first, so an operator can fix a file
 * in one pass; the message lists them one per line as {@code <file> at <json path>: <problem>}.
 */
public final class ConfigException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** Not serialised: the message already holds every problem as text. */
  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    String lines = problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    return "Invalid opsflow configuration (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):\n" + lines;
  }
}
