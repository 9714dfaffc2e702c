package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Fields every state may carry. Path-valued fields are kept as {@link JsonNode}: {@code null} means absent, a
 * JSON null is meaningful ({@code "InputPath": null} means an empty object).
 */
public record StateCommon(
    String name,
    String type,
    QueryLanguage queryLanguage,
    ObjectNode raw,
    String next,
    boolean end,
    JsonNode inputPath,
    JsonNode outputPath,
    JsonNode resultPath,
    JsonNode parameters,
    JsonNode resultSelector,
    JsonNode arguments,
    JsonNode output,
    JsonNode assign,
    List<Retrier> retry,
    List<Catcher> catchers) {

  public boolean jsonata() {
    return queryLanguage == QueryLanguage.JSONATA;
  }
}
