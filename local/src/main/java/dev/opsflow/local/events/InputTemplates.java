package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge's input transformer: checks a transformer as PutTargets does and fills its template as
 * EventBridge does (see the "Input transformation" page of the EventBridge user guide):
 *
 * <ul>
 *   <li>a placeholder outside a JSON string becomes the value's JSON ({@code {"state": <state>}} gives {@code
 *       {"state": "RUNNING"}}: EventBridge adds the quotes around a string);
 *   <li>a placeholder inside a JSON string becomes the value's text, not escaped ({@code "is in <state>"} gives
 *       {@code "is in RUNNING"}; an object or array inside quotes is its compact JSON);
 *   <li>a variable whose path matches nothing is not created: its placeholder becomes nothing, which in a JSON
 *       template usually leaves JSON no target accepts (the delivery then fails, and is dead-lettered);
 *   <li>{@code <} and {@code >} cannot be escaped: {@code <name>} of a defined variable is always a placeholder.
 * </ul>
 *
 * The predefined variables are {@code aws.events.rule-arn}, {@code aws.events.rule-name}, {@code
 * aws.events.event.ingestion-time}, {@code aws.events.event} (the event without {@code detail}) and {@code
 * aws.events.event.json} (the whole event).
 */
final class InputTemplates {
  static final Set<String> PREDEFINED =
      Set.of("aws.events.rule-arn", "aws.events.rule-name", "aws.events.event.ingestion-time", "aws.events.event", "aws.events.event.json");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,256}");
  private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]*)>");
  private static final int MAX_VARIABLES = 100;
  private static final int MAX_TEMPLATE_LENGTH = 8192;

  private InputTemplates() {}

  /** The checks PutTargets makes: variable names and paths, template length, and no undefined placeholder. */
  static void check(String targetId, InputTransformer transformer) {
    Map<String, String> paths = transformer.inputPathsMap();
    if (paths.size() > MAX_VARIABLES) {
      throw EventsApiException.validation("InputPathsMap for target " + targetId + " has more than " + MAX_VARIABLES + " entries.");
    }
    paths.forEach((key, path) -> {
      if (!KEY.matcher(key).matches()) {
        throw EventsApiException.validation("InputPathsMap for target " + targetId + " has an invalid key " + key + ".");
      }
      EventPath.parse(path);
    });
    if (transformer.inputTemplate().length() > MAX_TEMPLATE_LENGTH) {
      throw EventsApiException.validation("InputTemplate for target " + targetId + " is longer than " + MAX_TEMPLATE_LENGTH + " characters.");
    }
    Matcher m = PLACEHOLDER.matcher(transformer.inputTemplate());
    while (m.find()) {
      if (!paths.containsKey(m.group(1)) && !PREDEFINED.contains(m.group(1))) {
        throw EventsApiException.validation("InputTemplate for target " + targetId + " contains invalid placeholder " + m.group(1) + ".");
      }
    }
  }

  /** Fills {@code template} with {@code values} (absent keys: variables whose path matched nothing). */
  static String render(String template, Set<String> defined, Map<String, JsonNode> values) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    boolean inString = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '<') {
        int close = template.indexOf('>', i + 1);
        String name = close < 0 ? null : template.substring(i + 1, close);
        if (name != null && defined.contains(name)) {
          out.append(replacement(values.get(name), inString));
          i = close;
          continue;
        }
      }
      if (inString && c == '\\' && i + 1 < template.length()) {
        out.append(c).append(template.charAt(++i));
        continue;
      }
      if (c == '"') {
        inString = !inString;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String replacement(JsonNode value, boolean inString) {
    if (value == null) {
      return "";
    }
    if (inString) {
      return value.isTextual() ? value.asText() : Json.write(value);
    }
    return Json.write(value);
  }
}
