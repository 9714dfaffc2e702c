package dev.opsflow.shared.reasoning.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cue the local triage uses: the general home-services vocabulary bundled with this class
 * ({@code lexicon.json}: how people name fixtures, hazards and outages, what spam and invoices look like) merged
 * with the business's own cues from {@code triage.json}, which only add to it. Masks are phrases that hide the
 * cues inside them ("smoke detector" is not smoke, "heat wave" is not heat). Weak issue cues are symptoms and
 * adjectives ("leaking", "electric") that weigh less than the thing they describe ("dishwasher"). Cues
 * starting with "@" name {@link Facts} read from numbers.
 */
public record Vocabulary(
    Map<String, List<String>> issueKeywords,
    Set<String> weakIssueCues,
    List<String> masks,
    Map<String, Urgency> urgency,
    Map<String, List<String>> nonService,
    List<String> serviceIntent,
    String defaultUrgency) {

  /** The cues of one urgency level; a combination matches when each of its groups has a matching alternative. */
  public record Urgency(List<String> cues, List<List<List<String>>> combinations) {
    static final Urgency NONE = new Urgency(List.of(), List.of());
  }

  /** The bundled vocabulary plus the business's cues. */
  public static Vocabulary of(TriageCues business) {
    JsonNode lexicon = bundled();
    Map<String, List<String>> issues = new LinkedHashMap<>();
    lexicon.path("issue_types").properties().forEach(e -> issues.put(e.getKey(), strings(e.getValue())));
    business.issueKeywords().forEach((type, words) -> issues.merge(type, words, Vocabulary::union));

    Map<String, Urgency> urgency = new LinkedHashMap<>();
    lexicon.path("urgency").properties().forEach(e -> {
      List<List<List<String>>> combinations = new ArrayList<>();
      e.getValue().path("combinations").forEach(c -> {
        List<List<String>> groups = new ArrayList<>();
        c.forEach(group -> groups.add(strings(group)));
        combinations.add(groups);
      });
      urgency.put(e.getKey(), new Urgency(strings(e.getValue().path("cues")), combinations));
    });
    business.urgencyLevels().forEach((level, cues) -> {
      Urgency base = urgency.getOrDefault(level, Urgency.NONE);
      List<List<List<String>>> combinations = new ArrayList<>(base.combinations());
      cues.combinations().forEach(all -> combinations.add(all.stream().map(List::of).toList()));
      urgency.put(level, new Urgency(union(base.cues(), cues.cues()), combinations));
    });

    Map<String, List<String>> nonService = new LinkedHashMap<>();
    lexicon.path("non_service_request").properties().forEach(e -> nonService.put(e.getKey(), strings(e.getValue())));
    business.nonServiceCues().forEach((category, words) -> nonService.merge(category, words, Vocabulary::union));

    return new Vocabulary(issues, Set.copyOf(strings(lexicon.path("weak_issue_cues"))), strings(lexicon.path("masks")), urgency, nonService,
        strings(lexicon.path("service_intent")), business.defaultUrgency());
  }

  /** The cues of an urgency level (none when unknown). */
  public Urgency level(String name) {
    return urgency.getOrDefault(name, Urgency.NONE);
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode bundled() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("lexicon.json")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.json missing from the classpath");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
