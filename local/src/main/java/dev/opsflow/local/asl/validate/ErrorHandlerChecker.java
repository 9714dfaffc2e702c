package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Retry and Catch: arrays of objects with a non-empty ErrorEquals where States.ALL stands alone in the last
 * entry; retriers with valid interval, attempts, backoff, delay cap and jitter; catchers with a Next.
 */
final class ErrorHandlerChecker {
  private static final Set<String> RETRIER_FIELDS =
      Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy",
          "Comment");
  private static final Set<String> CATCHER_FIELDS =
      Set.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");
  private static final long MAX_SECONDS = 99_999_999L;
  private static final long MAX_DELAY_SECONDS = 31_622_400L;

  private ErrorHandlerChecker() {}

  static void check(StateScope state) {
    handlers(state, "Retry");
    handlers(state, "Catch");
  }

  private static void handlers(StateScope state, String field) {
    JsonNode handlers = state.field(field);
    Findings findings = state.findings();
    if (handlers == null || !FieldChecks.array(handlers, state.at(field), findings)) {
      return;
    }
    for (int i = 0; i < handlers.size(); i++) {
      Location at = state.at(field).index(i);
      JsonNode handler = handlers.get(i);
      if (!FieldChecks.object(handler, at, findings)) {
        continue;
      }
      errorEquals(handler, at, i == handlers.size() - 1, findings);
      if (field.equals("Retry")) {
        retrier(handler, at, findings);
      } else {
        catcher(handler, at, state.language(), findings);
      }
    }
  }

  private static void errorEquals(JsonNode handler, Location at, boolean last, Findings findings) {
    JsonNode errors = handler.get("ErrorEquals");
    if (errors == null) {
      findings.required(at, "ErrorEquals");
      return;
    }
    Location errorsAt = at.field("ErrorEquals");
    if (!FieldChecks.nonEmptyArray(errors, errorsAt, findings)) {
      return;
    }
    boolean all = false;
    for (int i = 0; i < errors.size(); i++) {
      if (FieldChecks.string(errors.get(i), errorsAt.index(i), findings)) {
        all |= "States.ALL".equals(errors.get(i).asText());
      }
    }
    if (all && (errors.size() > 1 || !last)) {
      findings.schema(errorsAt, "States.ALL must appear alone and at end of list");
    }
  }

  private static void retrier(JsonNode retrier, Location at, Findings findings) {
    retrier.fieldNames().forEachRemaining(field -> {
      if (!RETRIER_FIELDS.contains(field)) {
        findings.notSupported(at, field);
      }
    });
    if (retrier.has("IntervalSeconds")) {
      FieldChecks.integer(retrier.get("IntervalSeconds"), at.field("IntervalSeconds"), findings, 1, MAX_SECONDS);
    }
    if (retrier.has("MaxAttempts")) {
      FieldChecks.integer(retrier.get("MaxAttempts"), at.field("MaxAttempts"), findings, 0, MAX_SECONDS);
    }
    if (retrier.has("BackoffRate")) {
      FieldChecks.number(retrier.get("BackoffRate"), at.field("BackoffRate"), findings, BigDecimal.ONE, null);
    }
    if (retrier.has("MaxDelaySeconds")) {
      FieldChecks.integer(
          retrier.get("MaxDelaySeconds"), at.field("MaxDelaySeconds"), findings, 1, MAX_DELAY_SECONDS);
    }
    JsonNode jitter = retrier.get("JitterStrategy");
    if (jitter != null && FieldChecks.string(jitter, at.field("JitterStrategy"), findings)
        && !Set.of("FULL", "NONE").contains(jitter.asText())) {
      findings.schema(at.field("JitterStrategy"), "Value should be one of the following: [NONE, FULL]");
    }
  }

  private static void catcher(JsonNode catcher, Location at, QueryLanguage language, Findings findings) {
    catcher.fieldNames().forEachRemaining(field -> {
      if (!CATCHER_FIELDS.contains(field)) {
        findings.notSupported(at, field);
      } else if (StateType.fieldsOnlyFor(language.other()).contains(field)) {
        findings.schema(at, StateChecker.onlyFor(language, field));
      }
    });
    if (!catcher.has("Next")) {
      findings.required(at, "Next");
    } else {
      FieldChecks.string(catcher.get("Next"), at.field("Next"), findings);
    }
    if (language == QueryLanguage.JSONPATH) {
      PathSyntax.referencePath(catcher.get("ResultPath"), at.field("ResultPath"), findings, true);
    }
    CommonFields.assign(catcher.get("Assign"), at.field("Assign"), language, findings);
  }
}
