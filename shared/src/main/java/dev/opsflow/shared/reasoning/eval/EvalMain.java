package dev.opsflow.shared.reasoning.eval;

import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.ReasonerThrottledException;
import dev.opsflow.shared.reasoning.ReasonerUnavailableException;
import dev.opsflow.shared.reasoning.Reasoners;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command line of {@code scripts/eval}: runs the classify-and-extract agent over a labeled JSONL dataset and
 * prints per-field precision, recall and F1, the decision accuracies, grounding violations, one line per
 * failed case, and finally "N passed, M failed". Exit status 0 when the run completed, 1 when the model
 * provider could not be used, 2 on bad arguments.
 *
 * <pre>
 * EvalMain --dataset FILE.jsonl [--reasoner local|bedrock] [--config DIR] [--region R] [--endpoint URL] [--summary]
 * </pre>
 */
public final class EvalMain {
  private static final String USAGE =
      "usage: eval --dataset FILE.jsonl [--reasoner local|bedrock] [--config DIR] [--region REGION]"
          + " [--endpoint URL] [--summary]";

  private EvalMain() {}

  public static void main(String[] args) {
    // A command-line entry point: its output is the report, so it prints to stdout rather than logging.
    PrintStream out = System.out;
    ReasonerConfig config = ReasonerConfig.defaults();
    Path dataset = null;
    boolean summary = false;
    Optional<URI> endpoint = Optional.empty();
    String region = config.bedrockRegion();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dataset" -> dataset = Path.of(value(args, ++i));
          case "--reasoner" -> config = config.withKind(value(args, ++i));
          case "--config" -> config = config.withConfigDir(Path.of(value(args, ++i)));
          case "--region" -> region = value(args, ++i);
          case "--endpoint" -> endpoint = Optional.of(URI.create(value(args, ++i)));
          case "--summary" -> summary = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (dataset == null || !Files.isRegularFile(dataset)) {
        throw new IllegalArgumentException(dataset == null ? "--dataset is required" : "no such file " + dataset);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("eval: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    config = config.withBedrock(region, endpoint);
    List<EvalCase> cases = EvalCase.readAll(dataset);
    out.println("dataset " + dataset + " (" + cases.size() + " cases), reasoner " + config.kind());
    out.println();
    EvalReport report;
    try {
      report = new Evaluator(Reasoners.unguarded(config)).run(cases);
    } catch (ReasonerUnavailableException | ReasonerThrottledException e) {
      System.err.println("eval: the " + config.kind() + " reasoner failed: " + e.getMessage());
      System.exit(1);
      return;
    }
    out.println(report.render(!summary));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
