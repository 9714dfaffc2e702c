package dev.opsflow.shared.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed client contract, as the contract-signed event carries it ({@code {"contract": {"id": "ctr_1001",
 * "plan": "premium", "signed_at": "...", "client": {...}}}}). Its id names the onboarding execution ({@code
 * contract-<id>}) and keys every external record the onboarding makes, so a repeated event finds them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(String id, String plan, Instant signedAt, ClientContact client) {
  /** The plan that gets a shared Drive folder. */
  public static final String PREMIUM = "premium";

  public Contract {
    if (id == null || !id.matches("[A-Za-z0-9_.:-]{1,80}")) {
      throw new IllegalArgumentException("contract.id must be 1-80 letters, digits or _.:- characters");
    }
    if (plan == null || plan.isBlank()) {
      throw new IllegalArgumentException("contract.plan is required");
    }
    Objects.requireNonNull(client, "contract.client is required");
  }

  public boolean premium() {
    return PREMIUM.equals(plan);
  }
}
