package dev.opsflow.shared.reasoning.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a message with the {@link Vocabulary}: whether it is a service request, its issue type and its
 * urgency.
 *
 * <ul>
 *   <li>Issue type: each distinct keyword weighs its number of words; where cues overlap only the longest
 *       counts ("water heater" is plumbing, not the hvac "heater"; "smoke detector" masks "smoke"); a keyword
 *       listed under several types weighs half; and a thing ("dishwasher") outweighs any number of symptoms
 *       ("leaking", "water"). The heaviest type wins, the first mentioned on a tie.
 *   <li>Service request: a message that names no issue, or whose not-a-service cues (spam, sales, invoices,
 *       job applications, thanks) weigh at least as much as its issue keywords plus its service-intent cues
 *       ("can someone come", "quote"), is not one. A bare opt-out ("STOP") is not one either.
 *   <li>Urgency: emergency when a hazard cue or combination holds (not negated; combinations may use
 *       {@link Facts} such as a freezing outdoor temperature); otherwise routine when the sender says so ("no
 *       rush", "not urgent"); otherwise urgent when an outage or leak cue or fact holds (a cold house);
 *       otherwise the configured default.
 * </ul>
 */
public final class TriageClassifier {
  private static final double SHARED_WEIGHT = 0.5;
  /** For ranking types: what the thing is ("dishwasher") outweighs any number of symptoms ("leaking"). */
  private static final double STRONG_RANK = 10;
  private static final double WEAK_RANK = 1;
  /** For telling service requests from other mail: a symptom is half as good a sign as a thing. */
  private static final double WEAK_EVIDENCE = 0.5;
  private static final Pattern OPT_OUT = Pattern.compile("(?i)^\\W*(?:stop|unsubscribe|cancel|end|quit|stopall)\\W*$");
  private static final String MASK = "";

  private final Vocabulary vocabulary;
  private final Map<String, Integer> typesPerKeyword = new HashMap<>();

  public TriageClassifier(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    vocabulary.issueKeywords().values().forEach(list -> list.forEach(k -> typesPerKeyword.merge(k, 1, Integer::sum)));
  }

  /** The classification of one message. {@code issueType} is null when it is not a service request. */
  public record Triage(boolean serviceRequest, String nonServiceCategory, String issueType, String urgency) {}

  /** Classifies the text. */
  public Triage classify(String text) {
    CueMatcher matcher = new CueMatcher(text);
    Map<String, List<String>> issueLists = new HashMap<>(vocabulary.issueKeywords());
    issueLists.put(MASK, vocabulary.masks());
    Map<String, Double> typeScores = new HashMap<>();
    Map<String, Double> evidence = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    Set<String> counted = new HashSet<>();
    for (Tagged t : longestOnly(tagged(matcher, issueLists))) {
      if (t.tag().equals(MASK) || !counted.add(t.tag() + "/" + t.match().cue())) {
        continue;
      }
      boolean weak = vocabulary.weakIssueCues().contains(t.match().cue());
      double weight = t.match().words() * (typesPerKeyword.getOrDefault(t.match().cue(), 1) > 1 ? SHARED_WEIGHT : 1.0);
      typeScores.merge(t.tag(), weight * (weak ? WEAK_RANK : STRONG_RANK), Double::sum);
      evidence.merge(t.tag(), weight * (weak ? WEAK_EVIDENCE : 1.0), Double::sum);
      firstSeen.merge(t.tag(), t.match().start(), Math::min);
    }
    Optional<String> issueType = typeScores.keySet().stream()
        .max(Comparator.comparingDouble((String type) -> typeScores.get(type))
            .thenComparing(type -> -firstSeen.get(type)));
    double issueScore = issueType.map(evidence::get).orElse(0.0);
    long intentScore = longestOnly(tagged(matcher, Map.of("intent", vocabulary.serviceIntent()))).stream()
        .filter(t -> !t.match().negated()).map(t -> t.match().cue()).distinct().count();

    Map<String, Double> nonServiceScores = new HashMap<>();
    for (Tagged t : longestOnly(tagged(matcher, vocabulary.nonService()))) {
      if (!t.match().negated()) {
        nonServiceScores.merge(t.tag(), (double) t.match().words(), Double::sum);
      }
    }
    Optional<String> category = nonServiceScores.keySet().stream().max(Comparator.comparingDouble(nonServiceScores::get));
    double nonServiceScore = category.map(nonServiceScores::get).orElse(0.0);

    if (OPT_OUT.matcher(text).matches()) {
      return new Triage(false, "spam", null, vocabulary.defaultUrgency());
    }
    if (issueScore == 0 || (nonServiceScore > 0 && nonServiceScore >= issueScore + intentScore)) {
      return new Triage(false, category.orElse("other"), null, vocabulary.defaultUrgency());
    }
    return new Triage(true, null, issueType.get(), urgency(matcher, new Facts(text)));
  }

  private String urgency(CueMatcher matcher, Facts facts) {
    Map<String, List<String>> lists = new HashMap<>();
    vocabulary.urgency().forEach((level, cues) ->
        lists.put(level, cues.cues().stream().filter(c -> !c.startsWith("@")).toList()));
    lists.put(MASK, vocabulary.masks());
    List<Tagged> affirmed = longestOnly(tagged(matcher, lists)).stream()
        .filter(t -> !t.tag().equals(MASK) && !t.match().negated())
        .toList();
    for (String level : List.of("emergency", "routine", "urgent")) {
      Vocabulary.Urgency cues = vocabulary.level(level);
      boolean cued = affirmed.stream().anyMatch(t -> t.tag().equals(level))
          || cues.cues().stream().filter(c -> c.startsWith("@")).anyMatch(facts::holds);
      if (cued || cues.combinations().stream().anyMatch(c -> holds(matcher, facts, c))) {
        return level;
      }
    }
    return vocabulary.defaultUrgency();
  }

  /** True when every group of the combination has an affirmed alternative (a cue, or a fact for "@" names). */
  private static boolean holds(CueMatcher matcher, Facts facts, List<List<String>> combination) {
    return combination.stream().allMatch(group -> group.stream()
        .anyMatch(cue -> cue.startsWith("@") ? facts.holds(cue) : matcher.affirms(cue)));
  }

  /** A cue match labelled with the list (issue type, level, category) it came from. */
  private record Tagged(String tag, CueMatcher.Match match) {}

  private static List<Tagged> tagged(CueMatcher matcher, Map<String, List<String>> lists) {
    List<Tagged> all = new ArrayList<>();
    lists.forEach((tag, list) -> matcher.find(list).forEach(m -> all.add(new Tagged(tag, m))));
    return all;
  }

  /** Drops every match lying inside a longer one, so the most specific cue decides. */
  private static List<Tagged> longestOnly(List<Tagged> matches) {
    return matches.stream()
        .filter(a -> matches.stream().noneMatch(b -> b.match().contains(a.match())))
        .toList();
  }
}
