package dev.opsflow.shared.customers;

/**
 * Thresholds of customer matching. At or above {@code autoMatch} the request is tied to the customer; below it
 * a new customer is created. Candidates scoring at least {@code candidateFloor} are reported (at most
 * {@code maxCandidates}). The defaults tie a request by phone or email unless the names clearly disagree, and by
 * name plus address only when both are close and the house numbers agree.
 */
public record MatchPolicy(double autoMatch, double candidateFloor, int maxCandidates) {
  public MatchPolicy {
    if (!(0 < candidateFloor && candidateFloor <= autoMatch && autoMatch <= 1)) {
      throw new IllegalArgumentException("Need 0 < candidateFloor <= autoMatch <= 1: " + candidateFloor + ", " + autoMatch);
    }
    if (maxCandidates < 0) {
      throw new IllegalArgumentException("maxCandidates < 0: " + maxCandidates);
    }
  }

  public static MatchPolicy defaults() {
    return new MatchPolicy(0.9, 0.5, 5);
  }
}
