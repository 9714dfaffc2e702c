package dev.opsflow.shared.reasoning.eval;

import dev.opsflow.shared.reasoning.AgentOutputInvalidException;
import dev.opsflow.shared.reasoning.FieldNames;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.guard.GroundingGuard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a reasoner over labeled cases and scores it. Every result passes the {@link GroundingGuard} first, so
 * the scores are those of what the workflow would keep, and the guard's drops are counted as grounding
 * violations. A result that is not a service request predicts nulls everywhere (it yields no record). An answer
 * that breaks the agent's output schema fails its case; a provider that cannot be reached ends the run.
 */
public final class Evaluator {
  private static final List<String> DECISIONS = List.of("is_service_request", "issue_type", "urgency");

  private final Reasoner reasoner;
  private final GroundingGuard guard = new GroundingGuard();

  public Evaluator(Reasoner reasoner) {
    this.reasoner = reasoner;
  }

  /** Scores the reasoner on every case. */
  public EvalReport run(List<EvalCase> cases) {
    Map<String, FieldScore> fields = new LinkedHashMap<>();
    FieldNames.SCORED.forEach(f -> fields.put(f, FieldScore.ZERO));
    int[] serviceRequest = new int[2];
    int[] issueType = new int[2];
    int[] urgency = new int[2];
    int violations = 0;
    List<EvalReport.Failure> failures = new ArrayList<>();
    for (EvalCase c : cases) {
      List<String> differences = new ArrayList<>();
      Map<String, String> predicted;
      try {
        ReasoningResult raw = reasoner.classifyAndExtract(InboundText.of(c.channel(), c.text(), c.receivedAt()));
        ReasoningResult result = guard.apply(raw, c.text());
        violations += result.violations().size();
        predicted = predictions(result);
      } catch (AgentOutputInvalidException e) {
        // A model answer that breaks the schema is a wrong answer for this case, not the end of the run.
        differences.add("invalid agent output: " + String.join("; ", e.problems()));
        predicted = nothing();
      }
      for (String key : DECISIONS) {
        if (!Normalise.same(key, c.expected().get(key), predicted.get(key))) {
          differences.add(difference(key, c.expected().get(key), predicted.get(key)));
        }
      }
      count(serviceRequest, true, predicted.get("is_service_request").equals(c.expected().get("is_service_request")));
      count(issueType, c.expected().issueType() != null, c.expected().issueType() != null
          && c.expected().issueType().equals(predicted.get("issue_type")));
      count(urgency, c.expected().urgency() != null, c.expected().urgency() != null
          && c.expected().urgency().equals(predicted.get("urgency")));
      for (String field : FieldNames.SCORED) {
        String want = c.expected().get(field);
        String got = predicted.get(field);
        boolean same = Normalise.same(field, want, got);
        fields.put(field, fields.get(field).add(want != null, got != null, same));
        if (!same) {
          differences.add(difference(field, want, got));
        }
      }
      if (!differences.isEmpty()) {
        failures.add(new EvalReport.Failure(c.id(), differences));
      }
    }
    return new EvalReport(cases.size(), fields, accuracy(serviceRequest), accuracy(issueType), accuracy(urgency),
        violations, failures);
  }

  private static Map<String, String> predictions(ReasoningResult result) {
    Map<String, String> predicted = new LinkedHashMap<>();
    predicted.put("is_service_request", String.valueOf(result.serviceRequest()));
    predicted.put("issue_type", result.serviceRequest() ? result.issueType() : null);
    predicted.put("urgency", result.serviceRequest() ? result.urgency() : null);
    for (String field : FieldNames.SCORED) {
      predicted.put(field, result.serviceRequest() ? result.value(field).orElse(null) : null);
    }
    return predicted;
  }

  private static Map<String, String> nothing() {
    Map<String, String> predicted = new LinkedHashMap<>();
    predicted.put("is_service_request", "invalid");
    return predicted;
  }

  private static void count(int[] tally, boolean compared, boolean correct) {
    if (compared) {
      tally[1]++;
      tally[0] += correct ? 1 : 0;
    }
  }

  private static EvalReport.Accuracy accuracy(int[] tally) {
    return new EvalReport.Accuracy(tally[0], tally[1]);
  }

  private static String difference(String field, String want, String got) {
    return field + " expected " + quote(want) + " got " + quote(got);
  }

  private static String quote(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
