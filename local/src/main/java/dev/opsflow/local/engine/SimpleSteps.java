package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.choice.ChoiceRules;
import dev.opsflow.local.asl.intrinsic.IntrinsicFunctions;
import dev.opsflow.local.asl.model.ChoiceState;
import dev.opsflow.local.asl.model.FailState;
import dev.opsflow.local.asl.model.PassState;
import dev.opsflow.local.asl.model.SucceedState;
import dev.opsflow.local.asl.model.WaitState;
import dev.opsflow.local.asl.path.DataContext;
import dev.opsflow.local.asl.path.Paths;

/** The states that need no outside work: Pass, Choice, Succeed, Fail and Wait. */
final class SimpleSteps {
  private final Interpreter interpreter;

  SimpleSteps(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  void pass(Step step, Frame frame, PassState state) {
    StateData data = interpreter.data(step, frame, state);
    if (data.jsonata()) {
      ObjectNode assigned = data.assign(state.common().assign(), null, null, null);
      interpreter.exit(step, frame, state, data.passOutput(null, state.common().output()), assigned, state.common().next());
      return;
    }
    JsonNode effective = data.effectiveInput();
    JsonNode result = state.result() != null ? state.result() : data.parameters(effective);
    ObjectNode assigned = data.assign(state.common().assign(), result, null, null);
    interpreter.exit(step, frame, state, data.resultOutput(result), assigned, state.common().next());
  }

  void choice(Step step, Frame frame, ChoiceState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode effective = data.effectiveInput();
    for (ChoiceState.Rule rule : state.choices()) {
      if (matches(data, effective, rule)) {
        ObjectNode assigned = data.assign(rule.assign(), effective, null, null);
        interpreter.exit(step, frame, state, data.passOutput(effective, rule.output()), assigned, rule.next());
        return;
      }
    }
    if (state.defaultNext() == null) {
      throw new StatesException(StatesErrors.NO_CHOICE_MATCHED, "No Matches!");
    }
    ObjectNode assigned = data.assign(state.common().assign(), effective, null, null);
    interpreter.exit(step, frame, state, data.passOutput(effective, state.common().output()), assigned, state.defaultNext());
  }

  private boolean matches(StateData data, JsonNode effective, ChoiceState.Rule rule) {
    if (!data.jsonata()) {
      return ChoiceRules.matches(rule.rule(), data.pathContext(effective));
    }
    return interpreter.jsonata().condition("Condition", rule.rule().get("Condition"), data.bindings(null, null));
  }

  void succeed(Step step, Frame frame, SucceedState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode output = data.passOutput(data.effectiveInput(), state.common().output());
    interpreter.exit(step, frame, state, output, null, null);
  }

  void fail(Step step, Frame frame, FailState state) {
    StateData data = interpreter.data(step, frame, state);
    String error = field(data, "Error", state.error(), "ErrorPath", state.errorPath());
    String cause = field(data, "Cause", state.cause(), "CausePath", state.causePath());
    interpreter.failFrame(step, frame, error, cause);
  }

  private static String field(StateData data, String name, JsonNode literal, String pathName, JsonNode path) {
    JsonNode value;
    if (path != null) {
      // ErrorPath and CausePath take a reference path or an intrinsic function returning a string (States.Format ...).
      String expression = path.asText();
      DataContext context = data.pathContext(data.rawInput());
      value = IntrinsicFunctions.isIntrinsic(expression)
          ? IntrinsicFunctions.evaluate(expression, context)
          : Paths.select(pathName, expression, context);
    } else if (literal != null && data.jsonata()) {
      value = data.evaluate(name, literal, null, null);
    } else {
      value = literal;
    }
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw StatesException.runtime(
          "The " + (path != null ? pathName : name) + " field must resolve to a string. Found: " + value);
    }
    return value.asText();
  }

  void startWait(Step step, Frame frame, WaitState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode effective = data.effectiveInput();
    frame.phase = Frame.Phase.WAITING;
    step.schedule(frame, WorkKind.WAKE, WaitTimes.due(state, data, effective, step.now()), null);
  }

  void wake(Step step, Frame frame, WaitState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode effective = data.effectiveInput();
    ObjectNode assigned = data.assign(state.common().assign(), effective, null, null);
    interpreter.exit(step, frame, state, data.passOutput(effective, state.common().output()), assigned, state.common().next());
  }
}
