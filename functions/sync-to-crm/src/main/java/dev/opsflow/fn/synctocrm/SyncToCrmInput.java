package dev.opsflow.fn.synctocrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/** The request's record, the channel it came by, and the customer MatchCustomer tied it to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SyncToCrmInput(StepRef step, String requestId, String channel, JsonNode fields, Customer customer) {

  /** MatchCustomer's result (only the id is read). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Customer(String customerId) {}

  String customerId() {
    return customer == null ? null : customer.customerId();
  }
}
