package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the issue-specific fields of the question flow where the text makes them evident: the fixture,
 * system or appliance (a choice value, from the words people use for it), yes/no facts ("breaker tripped",
 * "burning smell"), and short facts with a recognisable shape (error code, model number, temperature, age,
 * brand). Values are choice names or the text as written; evidence is the words they were read from.
 */
public final class IssueFieldExtractor {
  /** A choice value and the phrases that name it. */
  private record Choice(String value, String regex) {}

  private static final Map<String, Map<String, List<Choice>>> CHOICES =
      Map.of(
          "plumbing", Map.of("fixture", List.of(
              new Choice("water_heater", "water heater|hot water heater|tankless|no hot water"),
              new Choice("sump_pump", "sump pump|sump"),
              new Choice("toilet", "toilets?"),
              new Choice("shower_tub", "shower|bathtub|tub"),
              new Choice("sink", "sinks?|faucets?|tap"),
              new Choice("drain_sewer", "sewer|sewage|main line|drains?|septic"),
              new Choice("outdoor_spigot", "spigot|hose bib|outdoor faucet"),
              new Choice("pipes", "pipes?|water line"))),
          "hvac", Map.of("system_type", List.of(
              new Choice("heat_pump", "heat pump"),
              new Choice("mini_split", "mini[- ]?split|ductless"),
              new Choice("boiler", "boiler|radiators?"),
              new Choice("furnace", "furnace"),
              new Choice("central_ac", "central air|air conditioner|air conditioning|a/c|ac unit|\\bac\\b"))),
          "appliance", Map.of("appliance_type", List.of(
              new Choice("ice_maker", "ice maker"),
              new Choice("garbage_disposal", "garbage disposal|disposal"),
              new Choice("dishwasher", "dishwasher"),
              new Choice("refrigerator", "refrigerator|fridge"),
              new Choice("freezer", "freezer"),
              new Choice("washer", "washing machine|washer"),
              new Choice("dryer", "dryer"),
              new Choice("cooktop", "cooktop|stovetop"),
              new Choice("microwave", "microwave"),
              new Choice("oven_range", "oven|stove|range"))));

  private static final Map<String, Map<String, String>> YES_NO =
      Map.of(
          "plumbing", Map.of("water_shut_off", "shut (?:the )?(?:water )?off|turned (?:the )?(?:water )?off|shut[- ]off valve"),
          "electrical", Map.of(
              "breaker_tripped", "tripp(?:ed|ing)|blown fuse|blew a fuse|fuse blew",
              "burning_smell", "burning smell|smells? like burning|scorch(?:ed|marks?)?|sparks?|sparking|smoke"));

  private static final String BRANDS =
      "whirlpool|samsung|lg|ge|maytag|kenmore|frigidaire|bosch|kitchenaid|electrolux|amana|speed queen|miele"
          + "|carrier|trane|lennox|rheem|goodman|york|bryant|daikin|mitsubishi|ruud|american standard|navien|rinnai";
  private static final Pattern BRAND = Pattern.compile("(?i)\\b(" + BRANDS + ")\\b");
  private static final Pattern ERROR_CODE =
      Pattern.compile("(?i)\\b(?:error|code|error code|fault code)\\s*[:#]?\\s*\"?([a-z]{0,2}\\d{1,3}[a-z]{0,2}|[a-z]{1,2}-?\\d{1,3})\\b");
  private static final Pattern MODEL =
      Pattern.compile("(?i)\\bmodel(?:\\s+number|\\s+no\\.?|\\s*#)?\\s*(?:is|:)?\\s*([a-z0-9]*\\d[a-z0-9-]{3,})\\b");
  private static final Pattern TEMPERATURE = Pattern.compile("(?i)\\b(\\d{2,3})\\s*(?:degrees|°\\s*f?|deg)\\b");
  private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d{1,2}|a few|a couple of)\\s*[- ]?(?:years?|yrs?)[- ]old\\b|\\b(?:about|around|over)\\s+(\\d{1,2})\\s+years\\b");

  /** The issue-specific fields evident in the text for the issue type. */
  public Map<String, ExtractedField> extract(String issueType, String text) {
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    CHOICES.getOrDefault(issueType, Map.of()).forEach((field, choices) -> firstChoice(text, choices, field, fields));
    CueMatcher cues = new CueMatcher(text);
    YES_NO.getOrDefault(issueType, Map.of()).forEach((field, regex) -> {
      Matcher m = Pattern.compile("(?i)\\b(?:" + regex + ")\\b").matcher(text);
      if (m.find() && cues.affirms(m.group().toLowerCase(Locale.ROOT))) {
        fields.put(field, new ExtractedField("true", Evidence.span(text, m.start(), m.end())));
      }
    });
    if (issueType != null && (issueType.equals("appliance") || issueType.equals("hvac"))) {
      put(fields, "brand", BRAND.matcher(text), 1, text);
    }
    if ("appliance".equals(issueType)) {
      put(fields, "error_code", ERROR_CODE.matcher(text), 1, text);
      put(fields, "model_number", MODEL.matcher(text), 1, text);
    }
    if ("hvac".equals(issueType)) {
      put(fields, "thermostat_reading", TEMPERATURE.matcher(text), 0, text);
      put(fields, "system_age", AGE.matcher(text), 0, text);
    }
    return fields;
  }

  private static void firstChoice(String text, List<Choice> choices, String field, Map<String, ExtractedField> into) {
    int best = Integer.MAX_VALUE;
    for (Choice choice : choices) {
      Matcher m = Pattern.compile("(?i)\\b(?:" + choice.regex() + ")\\b").matcher(text);
      if (m.find() && m.start() < best) {
        best = m.start();
        into.put(field, new ExtractedField(choice.value(), Evidence.span(text, m.start(), m.end())));
      }
    }
  }

  private static void put(Map<String, ExtractedField> fields, String field, Matcher m, int group, String text) {
    if (m.find()) {
      int start = m.start(group) >= 0 ? m.start(group) : m.start();
      int end = m.start(group) >= 0 ? m.end(group) : m.end();
      fields.put(field, new ExtractedField(text.substring(start, end), Evidence.span(text, start, end)));
    }
  }
}
