package dev.opsflow.shared.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The outcome of matching a request to a customer. {@code customerId} is the matched (or created) customer, null
 * when none; {@code confidence} 0..1 is how sure the match is (1 for a customer just created from the request);
 * {@code candidates} are the near misses, best first, so staff can merge duplicates.
 */
public record MatchResult(String customerId, double confidence, MatchMethod method, List<MatchCandidate> candidates) {
  public MatchResult {
    candidates = List.copyOf(candidates);
  }

  public boolean matched() {
    return customerId != null;
  }

  /** The confidence as stored in {@code requests.match_confidence} (three decimals). */
  public BigDecimal confidenceDecimal() {
    return BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_EVEN);
  }
}
