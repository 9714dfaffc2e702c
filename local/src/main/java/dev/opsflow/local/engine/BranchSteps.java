package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.model.MapState;
import dev.opsflow.local.asl.model.ParallelState;
import dev.opsflow.local.asl.model.State;
import dev.opsflow.local.asl.model.StatesBlock;
import dev.opsflow.local.asl.path.PayloadTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * Parallel and Map: child frames run the branches or iterations; the parent waits, collects results in order,
 * and fails (or tolerates failures, for a distributed Map) when a child fails.
 */
final class BranchSteps {
  private final Interpreter interpreter;

  BranchSteps(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  void startParallel(Step step, Frame frame, ParallelState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode branchInput = data.parameters(data.effectiveInput());
    long started = step.event(frame, "ParallelStateStarted", null, null);
    List<StatesBlock> branches = state.branches();
    frame.childResults = nulls(branches.size());
    frame.finishedChildren = 0;
    frame.phase = Frame.Phase.RUNNING_CHILDREN;
    frame.seq++;
    for (int i = 0; i < branches.size(); i++) {
      StatesBlock branch = branches.get(i);
      Frame child = spawn(step, frame, branch, i, branchInput, false);
      child.lastEventId = started;
    }
  }

  void startMap(Step step, Frame frame, MapState state) {
    StateData data = interpreter.data(step, frame, state);
    JsonNode effective = data.effectiveInput();
    int maxConcurrency = MapSettings.maxConcurrency(state, data, effective);
    ArrayNode items = MapSettings.items(state, data, effective);
    items = MapSettings.batch(state, data, effective, items);
    step.event(frame, "MapStateStarted", "mapStateStartedEventDetails", Events.details().put("length", items.size()));
    if (state.distributed()) {
      frame.toleratedFailureCount = MapSettings.toleratedCount(state, data, effective);
      frame.toleratedFailurePercentage = MapSettings.toleratedPercentage(state, data, effective);
      String runArn = step.execution().executionArn.replace(":execution:", ":mapRun:") + "/" + state.name() + ":" + frame.seq;
      step.event(frame, "MapRunStarted", "mapRunStartedEventDetails", Events.details().put("mapRunArn", runArn));
    }
    frame.pendingItems = items;
    frame.stateInput = effective;
    frame.childResults = nulls(items.size());
    frame.nextChild = 0;
    frame.runningChildren = 0;
    frame.finishedChildren = 0;
    frame.failedChildren = 0;
    frame.maxConcurrency = maxConcurrency;
    frame.phase = Frame.Phase.RUNNING_CHILDREN;
    frame.seq++;
    if (items.isEmpty()) {
      finishMap(step, frame, state);
      return;
    }
    startIterations(step, frame, state);
  }

  private void startIterations(Step step, Frame parent, MapState state) {
    int total = parent.pendingItems.size();
    while (parent.nextChild < total && (parent.maxConcurrency <= 0 || parent.runningChildren < parent.maxConcurrency)) {
      int index = parent.nextChild++;
      JsonNode input = itemInput(step, parent, state, index);
      if (!state.distributed()) {
        step.event(parent, "MapIterationStarted", "mapIterationStartedEventDetails", Events.mapIteration(state.name(), index));
      }
      parent.runningChildren++;
      spawn(step, parent, state.processor(), index, input, state.distributed());
    }
  }

  private JsonNode itemInput(Step step, Frame parent, MapState state, int index) {
    JsonNode item = parent.pendingItems.get(index);
    if (state.itemSelector() == null) {
      return item;
    }
    StateData data = interpreter.data(step, parent, state);
    ObjectNode context = ContextObjects.withMapItem(data.context(), index, item);
    if (data.jsonata()) {
      return interpreter.jsonata().evaluate("ItemSelector", state.itemSelector(), data.bindings(context, null, null));
    }
    return PayloadTemplates.evaluate("ItemSelector", state.itemSelector(), data.pathContext(parent.stateInput, context));
  }

  private Frame spawn(Step step, Frame parent, StatesBlock block, int index, JsonNode input, boolean isolated) {
    ExecutionState ex = step.execution();
    Frame child = new Frame(ex.newFrameId(), parent.id, block.path(), block.startAt(), input);
    child.index = index;
    child.isolated = isolated;
    child.quiet = isolated || parent.quiet;
    child.lastEventId = parent.lastEventId;
    ex.frames.put(child.id, child);
    step.schedule(child, WorkKind.ENTER, step.now(), null);
    return child;
  }

  void childSucceeded(Step step, Frame child, JsonNode output) {
    Frame parent = step.execution().frames.get(child.parentId);
    State state = interpreter.state(step.execution(), parent);
    parent.childResults.set(child.index, output);
    parent.finishedChildren++;
    parent.lastEventId = Math.max(parent.lastEventId, child.lastEventId);
    switch (state) {
      case ParallelState p -> {
        if (parent.finishedChildren == p.branches().size()) {
          step.event(parent, "ParallelStateSucceeded", null, null);
          finish(step, parent, state, parent.childResults);
        }
      }
      case MapState m -> {
        if (!m.distributed()) {
          step.event(parent, "MapIterationSucceeded", "mapIterationSucceededEventDetails", Events.mapIteration(m.name(), child.index));
        }
        parent.runningChildren--;
        afterIteration(step, parent, m);
      }
      default -> throw new IllegalStateException("Child frame under a " + state.common().type() + " state");
    }
  }

  void childFailed(Step step, Frame child, String error, String cause) {
    ExecutionState ex = step.execution();
    Frame parent = ex.frames.get(child.parentId);
    State state = interpreter.state(ex, parent);
    parent.lastEventId = Math.max(parent.lastEventId, child.lastEventId);
    if (state instanceof MapState m) {
      parent.runningChildren--;
      parent.failedChildren++;
      if (!m.distributed()) {
        step.event(parent, "MapIterationFailed", "mapIterationFailedEventDetails", Events.mapIteration(m.name(), child.index));
      } else if (tolerated(parent)) {
        ObjectNode errorOutput = JsonNodeFactory.instance.objectNode().put("Error", error).put("Cause", cause);
        parent.childResults.set(child.index, errorOutput);
        parent.finishedChildren++;
        afterIteration(step, parent, m);
        return;
      }
      stopChildren(step, parent);
      if (m.distributed()) {
        step.event(parent, "MapRunFailed", "mapRunFailedEventDetails", Events.details());
        error = StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD;
        cause = "The specified tolerated failure threshold was exceeded";
      }
      step.event(parent, "MapStateFailed", null, null);
    } else {
      stopChildren(step, parent);
      step.event(parent, "ParallelStateFailed", null, null);
    }
    parent.phase = Frame.Phase.READY;
    interpreter.handleError(step, parent, state, error, cause);
  }

  private static boolean tolerated(Frame parent) {
    int total = parent.pendingItems.size();
    boolean countOk = parent.failedChildren <= parent.toleratedFailureCount;
    boolean percentageOk = total > 0 && parent.failedChildren * 100.0 / total <= parent.toleratedFailurePercentage;
    return countOk || percentageOk;
  }

  private void afterIteration(Step step, Frame parent, MapState state) {
    if (parent.finishedChildren == parent.pendingItems.size()) {
      finishMap(step, parent, state);
    } else {
      startIterations(step, parent, state);
    }
  }

  private void finishMap(Step step, Frame parent, MapState state) {
    if (state.distributed()) {
      step.event(parent, "MapRunSucceeded", null, null);
    }
    step.event(parent, "MapStateSucceeded", null, null);
    finish(step, parent, state, parent.childResults);
  }

  private void finish(Step step, Frame parent, State state, ArrayNode results) {
    parent.phase = Frame.Phase.READY;
    parent.pendingItems = null;
    parent.childResults = null;
    try {
      interpreter.finishWithResult(step, parent, state, results);
    } catch (StatesException e) {
      interpreter.evaluationFailed(step, parent, state, e);
    }
  }

  /** Abandons the parent's running branches or iterations; a task among them awaiting a token stops awaiting it. */
  private static void stopChildren(Step step, Frame parent) {
    ExecutionState ex = step.execution();
    List<String> doomed = new ArrayList<>();
    collectDescendants(ex, parent.id, doomed);
    for (String id : doomed) {
      Frame frame = ex.frames.remove(id);
      if (frame != null && frame.taskToken != null) {
        step.token(new Step.TokenChange(frame.taskToken, frame.stateName, frame.taskInput, false));
      }
    }
    parent.childResults = null;
    parent.pendingItems = null;
  }

  private static void collectDescendants(ExecutionState ex, String parentId, List<String> into) {
    for (Frame f : ex.frames.values()) {
      if (parentId.equals(f.parentId)) {
        into.add(f.id);
        collectDescendants(ex, f.id, into);
      }
    }
  }

  private static ArrayNode nulls(int size) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(size);
    for (int i = 0; i < size; i++) {
      array.add(NullNode.getInstance());
    }
    return array;
  }
}
