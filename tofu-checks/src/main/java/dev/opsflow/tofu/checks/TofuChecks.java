package dev.opsflow.tofu.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every offline check of tofu/ on a repository checkout and reports the findings; {@code main} exits 1 when
 * there are any. Usage: {@code TofuChecks <repository root> [<tools dir>]} (tools default to
 * {@code <root>/tofu-checks/target}).
 */
public final class TofuChecks {
  /** Every check, in the order they report. */
  public static final List<Check> ALL =
      List.of(new ParseCheck(), new VariableCheck(), new FunctionWiringCheck(), new PlaceholderCheck(), new RuleWiringCheck(), new IamWildcardCheck(), new DatabaseAccessCheck(), new AslValidatorCheck());

  private TofuChecks() {}

  /** The context every check of one repository shares (its tofu files parsed once). */
  public static CheckContext context(Path root, NodeTools tools) {
    Repository repo = new Repository(root.toAbsolutePath().normalize());
    return new CheckContext(repo, HclModel.parse(repo.tofuFiles(), tools), tools);
  }

  public static List<Finding> runAll(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    ALL.forEach(check -> findings.addAll(check.run(context)));
    return findings;
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: TofuChecks <repository root> [<node tools dir>]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    NodeTools tools = NodeTools.in(args.length > 1 ? Path.of(args[1]) : root.resolve("tofu-checks/target"));
    List<Finding> findings = runAll(context(root, tools));
    findings.forEach(System.out::println);
    System.out.println(findings.isEmpty() ? "tofu checks: all passed" : "tofu checks: " + findings.size() + " findings");
    System.exit(findings.isEmpty() ? 0 : 1);
  }
}
