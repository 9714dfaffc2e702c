package dev.opsflow.fn.matchcustomer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.customers.MatchCandidate;
import dev.opsflow.shared.customers.MatchMethod;
import dev.opsflow.shared.customers.MatchResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * The customer the request belongs to (null when it names no one), how it was matched ({@code phone},
 * {@code email}, {@code name_address}, {@code created}, {@code none}), the confidence 0..1, whether the
 * customer is new, and the near misses for staff to merge.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MatchCustomerOutput(
    String customerId, String method, BigDecimal confidence, boolean isNew, List<MatchCandidate> candidates) {

  static MatchCustomerOutput of(MatchResult result) {
    return new MatchCustomerOutput(
        result.customerId(), result.method().wireName(), result.confidenceDecimal(),
        result.method() == MatchMethod.CREATED, result.candidates());
  }
}
