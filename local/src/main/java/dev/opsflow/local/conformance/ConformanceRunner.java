package dev.opsflow.local.conformance;

import java.nio.file.Path;
import java.util.List;

/** Loads the corpus, keeps the cases the options select, and runs them one after the other. */
public final class ConformanceRunner {
  private ConformanceRunner() {}

  /** Runs the cases of {@code options.dir()} selected by {@code options}. */
  public static ConformanceReport run(RunnerOptions options) {
    List<ConformanceCase> cases =
        CaseLoader.loadAll(options.dir()).stream().filter(options::selects).toList();
    return run(cases, options);
  }

  /** Runs {@code cases} with the per-case timeout of {@code options}. */
  public static ConformanceReport run(List<ConformanceCase> cases, RunnerOptions options) {
    CaseRunner runner = new CaseRunner(options.timeout());
    return new ConformanceReport(cases.stream().map(runner::run).toList());
  }

  /** Runs every case of the corpus under {@code dir} with default options. */
  public static ConformanceReport runAll(Path dir) {
    return run(RunnerOptions.defaults(dir));
  }
}
