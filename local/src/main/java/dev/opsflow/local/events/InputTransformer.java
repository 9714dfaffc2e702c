package dev.opsflow.local.events;

import java.util.Map;

/**
 * EventBridge's {@code InputTransformer}: variables read from the event by JSON path ({@code inputPathsMap})
 * and a template that places them ({@code <name>}); see {@link InputTemplates} for how values are quoted.
 */
public record InputTransformer(Map<String, String> inputPathsMap, String inputTemplate) {
  public InputTransformer {
    inputPathsMap = inputPathsMap == null ? Map.of() : Map.copyOf(inputPathsMap);
    if (inputTemplate == null || inputTemplate.isEmpty()) {
      throw new IllegalArgumentException("InputTemplate is required in an InputTransformer");
    }
  }
}
