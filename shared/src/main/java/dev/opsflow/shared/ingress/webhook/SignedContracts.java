package dev.opsflow.shared.ingress.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.onboarding.Contract;

/**
 * What a {@code contract} webhook source (an e-signature service) sends when a client signs: {@code {"type":
 * "contract.signed", "contract": {"id", "plan", "signed_at", "client": {"company", "contact_name", "email",
 * "phone"}}}}, the contract being what client onboarding takes ({@link Contract}). The source subscribes to
 * {@value #SIGNED} only; any other type is refused (400, kept), so it is seen rather than silently dropped. The
 * onboarding execution is named after the contract, {@code contract-<id>} ({@link ExecutionNames#contract}), so a
 * contract starts one onboarding however many times, and under however many event ids, it is delivered.
 */
public final class SignedContracts {
  public static final String SIGNED = "contract.signed";

  private SignedContracts() {}

  /** The signed contract in {@code body}, as sent; throws {@link IllegalArgumentException} with the reason it is not one. */
  public static ObjectNode contract(JsonNode body) {
    if (!body.isObject()) {
      throw new IllegalArgumentException("The body must be a JSON object");
    }
    if (!SIGNED.equals(body.path("type").asText(null))) {
      throw new IllegalArgumentException("A contract source sends \"type\": \"" + SIGNED + "\" events, not " + body.path("type"));
    }
    JsonNode contract = body.path("contract");
    if (!contract.isObject()) {
      throw new IllegalArgumentException("\"contract\" must be a JSON object");
    }
    try {
      Json.MAPPER.treeToValue(contract, Contract.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a signed contract: " + rootMessage(e), e);
    }
    return (ObjectNode) contract;
  }

  /** The onboarding execution of {@code contract} (a checked one): {@code contract-<id>}. */
  public static String executionName(ObjectNode contract) {
    return ExecutionNames.contract(contract.path("id").asText());
  }

  /** The record's own check (contract.id must be ...) rather than Jackson's wrapping of it. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root instanceof IllegalArgumentException || root instanceof NullPointerException
        ? root.getMessage()
        : e.getMessage().lines().findFirst().orElse(e.getMessage());
  }
}
