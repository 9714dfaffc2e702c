package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole AWS-recorded corpus ({@code ${opsflow.shared.dir}/conformance/asl-aws/cases}) and holds the
 * engine to the pass-rate floor in {@code conformance-floor.txt}, raised as the engine improves. Skipped when
 * the corpus is not on this machine.
 */
class ConformanceCorpusTest {

  private static double floor() throws IOException {
    try (InputStream in = ConformanceCorpusTest.class.getResourceAsStream("/conformance-floor.txt")) {
      assertThat(in).as("conformance-floor.txt on the test classpath").isNotNull();
      return Double.parseDouble(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void awsRecordedCorpus_passRateAtLeastFloor() throws IOException {
    // GIVEN the corpus
    String sharedDir = System.getProperty("opsflow.shared.dir", "");
    Path cases = Path.of(sharedDir, "conformance", "asl-aws", "cases");
    assumeTrue(!sharedDir.isEmpty() && Files.isDirectory(cases), "conformance corpus not found at " + cases);
    double floor = floor();

    // WHEN every case runs
    ConformanceReport report = ConformanceRunner.runAll(cases);
    new ReportPrinter(System.out, false).print(report);

    // THEN cases ran and the pass rate holds the floor
    assertThat(report.passed() + report.failed()).isPositive();
    assertThat(report.passRate()).as("pass rate (floor %s)", floor).isGreaterThanOrEqualTo(floor);
  }
}
