package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.jsonata.JsonataEvaluator;
import dev.opsflow.local.asl.model.Catcher;
import dev.opsflow.local.asl.model.ChoiceState;
import dev.opsflow.local.asl.model.FailState;
import dev.opsflow.local.asl.model.MapState;
import dev.opsflow.local.asl.model.ParallelState;
import dev.opsflow.local.asl.model.PassState;
import dev.opsflow.local.asl.model.Retrier;
import dev.opsflow.local.asl.model.State;
import dev.opsflow.local.asl.model.StateMachineDefinition;
import dev.opsflow.local.asl.model.SucceedState;
import dev.opsflow.local.asl.model.TaskState;
import dev.opsflow.local.asl.model.WaitState;
import dev.opsflow.local.engine.task.TaskInvoker;
import dev.opsflow.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs one work item of one execution: the ASL semantics. It never touches storage; everything it does is
 * recorded in the {@link Step} (checkpoint, history events, follow-up work), which the engine commits at once.
 */
public final class Interpreter {
  /** AWS's payload limit for state input and output. */
  static final int PAYLOAD_LIMIT_BYTES = 256 * 1024;

  private final Function<String, StateMachineDefinition> definitions;
  private final JsonataEvaluator jsonata = new JsonataEvaluator();
  private final Random random;
  private final TaskSteps tasks;
  private final BranchSteps branches;
  private final SimpleSteps simple;

  public Interpreter(Function<String, StateMachineDefinition> definitions, TaskInvoker invoker, String region, Random random) {
    this.definitions = definitions;
    this.random = random;
    this.tasks = new TaskSteps(this, invoker, region);
    this.branches = new BranchSteps(this);
    this.simple = new SimpleSteps(this);
  }

  /** Records the start of {@code step}'s execution: ExecutionStarted, the top frame, the execution timeout. */
  public void start(Step step) {
    ExecutionState ex = step.execution();
    StateMachineDefinition definition = definitions.apply(ex.definitionId);
    ObjectNode details = Events.withInput(ex.input);
    details.put("roleArn", ex.roleArn);
    step.event(null, "ExecutionStarted", "executionStartedEventDetails", details);
    Frame root = new Frame(ex.newFrameId(), null, "", definition.top().startAt(), ex.input);
    root.lastEventId = ex.eventCount;
    ex.frames.put(root.id, root);
    step.schedule(root, WorkKind.ENTER, step.now(), null);
    JsonNode timeout = definition.timeoutSeconds();
    if (timeout != null && timeout.canConvertToLong()) {
      step.schedule(null, WorkKind.EXECUTION_TIMEOUT, step.now().plusSeconds(timeout.asLong()), null);
    }
  }

  /**
   * Redrives a stopped execution: its top frame re-enters the state where it stopped. Throws {@link
   * ExecutionNotRedrivableException} when the execution is running, succeeded, or has nothing to resume.
   */
  public void redrive(Step step) {
    ExecutionState ex = step.execution();
    if (!(ex.status == ExecutionStatus.FAILED || ex.status == ExecutionStatus.TIMED_OUT || ex.status == ExecutionStatus.ABORTED)
        || ex.redrivePoint == null
        || ex.type == StateMachineType.EXPRESS) {
      throw new ExecutionNotRedrivableException("Execution is " + ex.status + " and cannot be redriven: '" + ex.executionArn + "'");
    }
    Frame root = ex.redrivePoint;
    ex.redrivePoint = null;
    ex.status = ExecutionStatus.RUNNING;
    ex.redriveCount++;
    ex.redriveTime = step.now();
    ex.error = null;
    ex.cause = null;
    ex.stopTime = null;
    root.phase = Frame.Phase.READY;
    root.seq++;
    root.childResults = null;
    root.pendingItems = null;
    root.taskToken = null;
    root.lastEventId = step.event(null, "ExecutionRedriven", "executionRedrivenEventDetails", Events.details().put("redriveCount", ex.redriveCount));
    ex.frames.put(root.id, root);
    step.schedule(root, WorkKind.ENTER, step.now(), null);
  }

  /** Ends the execution as FAILED with {@code error} and {@code cause} (the engine itself could not go on). */
  public void failExecution(Step step, String error, String cause) {
    if (!step.execution().status.isTerminal()) {
      endExecution(step, ExecutionStatus.FAILED, "ExecutionFailed", "executionFailedEventDetails", error, cause);
    }
  }

  /** Processes {@code item}; stale items (their frame moved on or ended) change nothing. */
  public void process(Step step, WorkItem item) {
    ExecutionState ex = step.execution();
    if (ex.status.isTerminal()) {
      return;
    }
    switch (item.kind()) {
      case EXECUTION_TIMEOUT -> endExecution(step, ExecutionStatus.TIMED_OUT, "ExecutionTimedOut", "executionTimedOutEventDetails", null, null);
      case STOP -> endExecution(step, ExecutionStatus.ABORTED, "ExecutionAborted", "executionAbortedEventDetails", text(item.payload(), "error"), text(item.payload(), "cause"));
      default -> processFrame(step, item);
    }
  }

  private void processFrame(Step step, WorkItem item) {
    ExecutionState ex = step.execution();
    Frame frame = ex.frames.get(item.frameId());
    if (frame == null || frame.seq != item.frameSeq()) {
      return;
    }
    State state = state(ex, frame);
    try {
      switch (item.kind()) {
        case ENTER -> enter(step, frame, state);
        case RETRY -> run(step, frame, state);
        case WAKE -> simple.wake(step, frame, (WaitState) state);
        case INVOKE -> tasks.invoke(step, frame, (TaskState) state);
        case TOKEN_RESPONSE -> tasks.answer(step, frame, (TaskState) state, item.payload());
        case TASK_TIMEOUT -> tasks.timeOut(step, frame, (TaskState) state, item.payload());
        default -> throw new IllegalStateException("Unexpected work " + item.kind());
      }
    } catch (StatesException e) {
      evaluationFailed(step, frame, state, e);
    }
  }

  private void enter(Step step, Frame frame, State state) {
    frame.enteredTime = step.now();
    frame.retryAttempts = new int[state.common().retry().size()];
    frame.retryCount = 0;
    frame.taskToken = null;
    frame.enteredEventId =
        step.event(frame, state.common().type() + "StateEntered", "stateEnteredEventDetails", Events.stateEntered(state.name(), frame.input));
    checkSize(state, frame.input);
    run(step, frame, state);
  }

  /** Does the work of the frame's current state (on entry, and again on a retry). */
  void run(Step step, Frame frame, State state) {
    frame.phase = Frame.Phase.READY;
    switch (state) {
      case PassState p -> simple.pass(step, frame, p);
      case ChoiceState c -> simple.choice(step, frame, c);
      case SucceedState s -> simple.succeed(step, frame, s);
      case FailState f -> simple.fail(step, frame, f);
      case WaitState w -> simple.startWait(step, frame, w);
      case TaskState t -> tasks.schedule(step, frame, t);
      case ParallelState p -> branches.startParallel(step, frame, p);
      case MapState m -> branches.startMap(step, frame, m);
    }
  }

  // ---- shared by the step classes ----

  State state(ExecutionState ex, Frame frame) {
    return definitions.apply(ex.definitionId).block(frame.blockPath).state(frame.stateName);
  }

  StateData data(Step step, Frame frame, State state) {
    ExecutionState ex = step.execution();
    return new StateData(state.common(), frame.input, ContextObjects.of(ex, frame, state.name(), state instanceof TaskState || state instanceof ParallelState || state instanceof MapState), new Scope(ex, frame), jsonata);
  }

  JsonataEvaluator jsonata() {
    return jsonata;
  }

  /** A state that produced {@code result} (Task, Parallel, Map) finishes: ResultSelector, Assign, output. */
  void finishWithResult(Step step, Frame frame, State state, JsonNode result) {
    StateData data = data(step, frame, state);
    JsonNode selected = data.selectResult(result);
    ObjectNode assigned = data.assign(state.common().assign(), selected, result, null);
    exit(step, frame, state, data.resultOutput(selected), assigned, state.common().next());
  }

  /** Leaves the current state with {@code output}, applies the assignments and moves to {@code next}. */
  void exit(Step step, Frame frame, State state, JsonNode output, ObjectNode assigned, String next) {
    checkSize(state, output);
    step.event(frame, state.common().type() + "StateExited", "stateExitedEventDetails", Events.stateExited(state.name(), output, assigned));
    if (assigned != null) {
      frame.variables.setAll(assigned);
    }
    if (next == null) {
      completeFrame(step, frame, output);
      return;
    }
    frame.stateName = next;
    frame.input = output;
    frame.seq++;
    frame.phase = Frame.Phase.READY;
    frame.taskInput = null;
    if (step.inlineTransition()) {
      // Entering a state has no outside effect, so it joins this step's commit (one commit fewer per state);
      // a bound keeps a loop of Pass and Choice states committing now and then.
      enterInline(step, frame);
    } else {
      step.schedule(frame, WorkKind.ENTER, step.now(), null);
    }
  }

  private void enterInline(Step step, Frame frame) {
    State next = state(step.execution(), frame);
    try {
      enter(step, frame, next);
    } catch (StatesException e) {
      evaluationFailed(step, frame, next, e);
    }
  }

  void completeFrame(Step step, Frame frame, JsonNode output) {
    ExecutionState ex = step.execution();
    ex.frames.remove(frame.id);
    frame.phase = Frame.Phase.DONE;
    if (frame.parentId == null) {
      step.event(frame, "ExecutionSucceeded", "executionSucceededEventDetails", Events.withOutput(output));
      ex.status = ExecutionStatus.SUCCEEDED;
      ex.output = output;
      ex.stopTime = step.now();
      ex.frames.clear();
      return;
    }
    branches.childSucceeded(step, frame, output);
  }

  /** Retry, else Catch, else the frame fails with this error. */
  void handleError(Step step, Frame frame, State state, String error, String cause) {
    List<Retrier> retriers = state.common().retry();
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (ErrorMatching.matches(retrier.errorEquals(), error)) {
        if (frame.retryAttempts[i] < retrier.maxAttempts()) {
          Duration delay = retryDelay(retrier, frame.retryAttempts[i]);
          frame.retryAttempts[i]++;
          frame.retryCount++;
          frame.seq++;
          frame.phase = Frame.Phase.RETRY_PENDING;
          step.schedule(frame, WorkKind.RETRY, step.now().plus(delay), null);
          return;
        }
        break;
      }
    }
    for (Catcher catcher : state.common().catchers()) {
      if (ErrorMatching.matches(catcher.errorEquals(), error)) {
        ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
        errorOutput.put("Error", error);
        errorOutput.put("Cause", cause);
        try {
          StateData data = data(step, frame, state);
          ObjectNode assigned = data.assign(catcher.assign(), errorOutput, null, errorOutput);
          JsonNode output = data.catchOutput(catcher.resultPath(), catcher.output(), errorOutput);
          exit(step, frame, state, output, assigned, catcher.next());
        } catch (StatesException e) {
          String prefixed = prefix(frame, state) + e.cause();
          evaluationEvent(step, frame, state, e.error(), prefixed);
          failFrame(step, frame, e.error(), prefixed);
        }
        return;
      }
    }
    failFrame(step, frame, error, cause);
  }

  private Duration retryDelay(Retrier retrier, int attempt) {
    double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
    if (retrier.maxDelaySeconds() != null) {
      seconds = Math.min(seconds, retrier.maxDelaySeconds());
    }
    if (retrier.fullJitter()) {
      seconds = random.nextDouble() * seconds;
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** The frame ends in error: the execution fails, or the enclosing Parallel/Map deals with it. */
  void failFrame(Step step, Frame frame, String error, String cause) {
    ExecutionState ex = step.execution();
    ex.frames.remove(frame.id);
    frame.phase = Frame.Phase.DONE;
    if (frame.parentId == null) {
      ex.redrivePoint = frame;
      step.event(frame, "ExecutionFailed", "executionFailedEventDetails", Events.error(error, cause));
      ex.status = ExecutionStatus.FAILED;
      ex.error = error;
      ex.cause = cause;
      ex.stopTime = step.now();
      ex.frames.clear();
      return;
    }
    branches.childFailed(step, frame, error, cause);
  }

  /** An expression, path or limit failed while running a state: AWS's message names the state and its entry. */
  void evaluationFailed(Step step, Frame frame, State state, StatesException e) {
    String cause = StatesErrors.DATA_LIMIT_EXCEEDED.equals(e.error()) ? e.cause() : prefix(frame, state) + e.cause();
    // States.Runtime is terminal: no Retry or Catch applies, not even one naming it.
    if (StatesErrors.RUNTIME.equals(e.error())) {
      evaluationEvent(step, frame, state, e.error(), cause);
      failFrame(step, frame, e.error(), cause);
      return;
    }
    if (!hasHandler(state, e.error())) {
      evaluationEvent(step, frame, state, e.error(), cause);
    }
    handleError(step, frame, state, e.error(), cause);
  }

  private void evaluationEvent(Step step, Frame frame, State state, String error, String cause) {
    ObjectNode details = Events.error(error, cause);
    details.put("state", state.name());
    step.event(frame, "EvaluationFailed", "evaluationFailedEventDetails", details);
  }

  private static boolean hasHandler(State state, String error) {
    return state.common().catchers().stream().anyMatch(c -> ErrorMatching.matches(c.errorEquals(), error))
        || state.common().retry().stream().anyMatch(r -> ErrorMatching.matches(r.errorEquals(), error));
  }


  static String prefix(Frame frame, State state) {
    return "An error occurred while executing the state '" + state.name() + "' (entered at the event id #" + frame.enteredEventId + "). ";
  }

  private void checkSize(State state, JsonNode payload) {
    if (payload != null && Json.write(payload).getBytes(StandardCharsets.UTF_8).length > PAYLOAD_LIMIT_BYTES) {
      throw new StatesException(
          StatesErrors.DATA_LIMIT_EXCEEDED,
          "The state/task '" + state.name() + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }
  }

  private void endExecution(Step step, ExecutionStatus status, String eventType, String detailsKey, String error, String cause) {
    ExecutionState ex = step.execution();
    step.event(null, eventType, detailsKey, Events.error(error, cause));
    ex.frames.values().stream().filter(f -> f.parentId == null).findFirst().ifPresent(root -> ex.redrivePoint = root);
    for (Frame frame : ex.frames.values()) {
      if (frame.taskToken != null) {
        step.token(new Step.TokenChange(frame.taskToken, frame.stateName, frame.taskInput, false));
      }
    }
    ex.status = status;
    ex.error = error;
    ex.cause = cause;
    ex.stopTime = step.now();
    ex.frames.clear();
  }

  private static String text(JsonNode node, String field) {
    return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
  }
}
