package dev.opsflow.shared.reasoning.eval;

/**
 * Counts for one field: a true positive is a predicted value equal to the label; a predicted value that is
 * wrong or unlabeled is a false positive; a labeled value not predicted correctly is a false negative (so a
 * wrong value counts as both).
 */
public record FieldScore(int truePositives, int falsePositives, int falseNegatives) {

  /** No counts yet. */
  public static final FieldScore ZERO = new FieldScore(0, 0, 0);

  /** Adds one comparison of a label with a prediction. */
  public FieldScore add(boolean labeled, boolean predicted, boolean same) {
    int tp = labeled && predicted && same ? 1 : 0;
    int fp = predicted && !(labeled && same) ? 1 : 0;
    int fn = labeled && !(predicted && same) ? 1 : 0;
    return new FieldScore(truePositives + tp, falsePositives + fp, falseNegatives + fn);
  }

  /** Sum of two scores (micro-averaging over fields). */
  public FieldScore plus(FieldScore other) {
    return new FieldScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
