package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.model.DefinitionParser;
import dev.opsflow.local.asl.model.StateMachineDefinition;
import dev.opsflow.local.asl.validate.DefinitionValidator;
import dev.opsflow.local.engine.task.TaskInvoker;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Step Functions engine: validates and registers state machines, starts executions and drives their
 * work items through the {@link Interpreter}, committing every step to an {@link ExecutionStore}. It can be
 * driven by the caller ({@link #drain}) or by background workers ({@link EngineWorkers}).
 */
public final class LocalEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);
  private static final int MAX_CONFLICT_RETRIES = 20;

  private final ExecutionStore executions;
  private final StateMachineStore machines;
  private final EngineClock clock;
  private final EngineSettings settings;
  private final TaskInvoker tasks;
  private final Interpreter interpreter;
  private final DefinitionValidator validator = new DefinitionValidator();
  private final Map<String, StateMachineDefinition> definitions = new ConcurrentHashMap<>();
  private final String workerId = "worker-" + UUID.randomUUID();
  private final Observers observers;
  private volatile Runnable workListener = () -> {};

  public LocalEngine(
      ExecutionStore executions, StateMachineStore machines, EngineClock clock, LambdaRegistry lambdas, EngineSettings settings) {
    this.executions = executions;
    this.machines = machines;
    this.clock = clock;
    this.settings = settings;
    this.tasks = new TaskInvoker(lambdas);
    this.interpreter = new Interpreter(this::definition, tasks, settings.region(), new SecureRandom());
    this.observers = new Observers(tasks);
  }

  /** An engine whose state machines and executions live in memory, with the default region and account. */
  public static LocalEngine inMemory(EngineClock clock, LambdaRegistry lambdas) {
    return new LocalEngine(new InMemoryExecutionStore(), new InMemoryStateMachineStore(), clock, lambdas, EngineSettings.defaults());
  }

  public TaskInvoker tasks() {
    return tasks;
  }

  public ExecutionStore executions() {
    return executions;
  }

  public StateMachineStore machines() {
    return machines;
  }

  public EngineSettings settings() {
    return settings;
  }

  public EngineClock clock() {
    return clock;
  }

  /** Registers {@code observer} (telemetry, alerts) until the returned handle is closed. */
  public AutoCloseable observe(EngineObserver observer) {
    return observers.add(observer);
  }

  /** Validates a definition as CreateStateMachine does; throws {@link DefinitionException}. */
  public StateMachineDefinition validate(String definitionText, StateMachineType type) {
    validator.check(definitionText, type);
    return DefinitionParser.parse((ObjectNode) Json.parse(definitionText));
  }

  /** Validates and registers a new state machine revision (a shortcut for tests and one-shot runs). */
  public StateMachineRef createStateMachine(String name, String definitionText, StateMachineType type) {
    StateMachineDefinition definition = validate(definitionText, type);
    StateMachineRecord record =
        new StateMachineRecord(
            settings.stateMachineArn(name), name, type, definitionText, settings.roleArn(), UUID.randomUUID().toString(),
            clock.now(), null, null, null, null, Map.of());
    if (!machines.create(record)) {
      throw new DefinitionException("StateMachineAlreadyExists", "State Machine Already Exists: '" + record.arn() + "'");
    }
    definitions.put(record.revisionId(), definition);
    return new StateMachineRef(record.arn(), name, type, record.revisionId(), definitionText, definition);
  }

  /** The parsed definition of a revision, parsed once and cached. */
  public StateMachineDefinition definition(String revisionId) {
    return definitions.computeIfAbsent(
        revisionId,
        id -> {
          StateMachineRecord record =
              machines.revision(id).orElseThrow(() -> new IllegalStateException("Unknown state machine revision " + id));
          return DefinitionParser.parse((ObjectNode) Json.parse(record.definition()));
        });
  }

  /**
   * Starts an execution of {@code machine}'s revision; returns false (starting nothing) when an execution of
   * that ARN exists already.
   */
  public boolean start(StateMachineRecord machine, String executionArn, String executionName, JsonNode input, String businessKey) {
    ExecutionState ex = new ExecutionState();
    ex.executionArn = executionArn;
    ex.stateMachineArn = machine.version() == null ? machine.arn() : machine.arn().substring(0, machine.arn().lastIndexOf(':'));
    ex.stateMachineName = machine.name();
    ex.definitionId = machine.revisionId();
    ex.name = executionName;
    ex.type = machine.type();
    ex.input = input;
    ex.startTime = clock.now();
    ex.roleArn = machine.roleArn() == null ? settings.roleArn() : machine.roleArn();
    ex.businessKey = businessKey;
    Step step = new Step(ex, ex.startTime);
    interpreter.start(step);
    boolean created = executions.create(step);
    if (created) {
      observers.committed(step);
    }
    workListener.run();
    return created;
  }

  /** Called whenever new work was queued (workers wake up instead of waiting for their next poll). */
  void onWork(Runnable listener) {
    this.workListener = listener;
  }

  /** Starts an execution and drives the engine until it ends or nothing more can happen (it awaits a token). */
  public ExecutionResult run(StateMachineRef machine, String executionName, String inputText) {
    String name = executionName == null ? UUID.randomUUID().toString() : executionName;
    String arn = settings.executionArn(machine.type(), machine.name(), name);
    JsonNode input = inputText == null || inputText.isBlank() ? JsonNodeFactory.instance.objectNode() : Json.parse(inputText);
    StateMachineRecord record = machines.revision(machine.definitionId()).orElseThrow();
    start(record, arn, name, input, null);
    drain(arn);
    return result(arn).orElseThrow();
  }

  public Optional<ExecutionResult> result(String executionArn) {
    return executions.find(executionArn)
        .map(ex -> new ExecutionResult(ex.executionArn, ex.status, ex.output, ex.error, ex.cause, executions.history(executionArn)));
  }

  /**
   * Processes due work on the calling thread, waiting on the clock for timers, until {@code executionArn} ends
   * (or, when null, until no work is left). Returns early when only a token answer could make progress.
   */
  public void drain(String executionArn) {
    while (true) {
      if (executionArn != null && executions.find(executionArn).map(ex -> ex.status.isTerminal()).orElse(true)) {
        return;
      }
      if (runOnce()) {
        continue;
      }
      Optional<Instant> due = executions.nextDue();
      if (due.isEmpty()) {
        return;
      }
      try {
        clock.waitUntil(due.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Claims and processes one due work item; false when none was due. */
  public boolean runOnce() {
    Optional<WorkItem> item = executions.claim(clock.now(), workerId, settings.lease());
    item.ifPresent(this::process);
    return item.isPresent();
  }

  /** Runs one claimed work item and commits its step, re-running it if the execution changed meanwhile. */
  void process(WorkItem item) {
    for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      Optional<ExecutionState> found = executions.find(item.executionArn());
      if (found.isEmpty()) {
        executions.commit(new Step(new ExecutionState(), clock.now()), item);
        return;
      }
      Step step = step(found.get(), item);
      if (executions.commit(step, item)) {
        observers.committed(step);
        return;
      }
    }
    LOG.warn("Gave up committing {} after {} conflicts; it will be claimed again", item, MAX_CONFLICT_RETRIES);
    executions.release(item);
  }

  private Step step(ExecutionState ex, WorkItem item) {
    Step step = new Step(ex, clock);
    try {
      interpreter.process(step, item);
      return step;
    } catch (RuntimeException e) {
      // A bug in the engine must not take the process down: the execution fails visibly instead.
      LOG.error("Execution {} failed inside the engine at {}", item.executionArn(), item, e);
      ExecutionState reloaded = executions.find(item.executionArn()).orElse(ex);
      Step failure = new Step(reloaded, clock.now());
      interpreter.failExecution(failure, StatesErrors.RUNTIME, "Internal error in the local engine: " + e);
      return failure;
    }
  }

  /**
   * Queues an answer for a task token: {@code {"output": ...}} (SendTaskSuccess), {@code {"error","cause"}}
   * (SendTaskFailure) or {@code {"heartbeat": true}} (SendTaskHeartbeat). Throws {@link TaskTokenException} when
   * the token is malformed, unknown, or its task is no longer waiting (timed out, stopped, answered).
   */
  public void answerToken(String token, JsonNode answer) {
    TaskTokens.Parts parts;
    try {
      parts = TaskTokens.decode(token);
    } catch (IllegalArgumentException e) {
      throw new TaskTokenException(TaskTokenException.Reason.INVALID_TOKEN, "Invalid Token: 'Invalid token'");
    }
    ExecutionState ex =
        executions.find(parts.executionArn())
            .orElseThrow(() -> new TaskTokenException(TaskTokenException.Reason.TASK_DOES_NOT_EXIST, "Task Does Not Exist"));
    Frame frame = ex.frames.get(parts.frameId());
    if (frame == null || !token.equals(frame.taskToken) || frame.seq != parts.frameSeq()) {
      throw new TaskTokenException(TaskTokenException.Reason.TASK_TIMED_OUT, "Task Timed Out: '" + token + "'");
    }
    enqueue(new WorkItem(0, parts.executionArn(), parts.frameId(), parts.frameSeq(), WorkKind.TOKEN_RESPONSE, clock.now(), answer));
  }

  /**
   * Restarts a failed, timed-out or aborted execution from the state where it stopped (RedriveExecution), with
   * that state's input and the variables it had.
   */
  public void redrive(String executionArn) {
    for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      ExecutionState ex =
          executions.find(executionArn)
              .orElseThrow(() -> new IllegalArgumentException("Execution Does Not Exist: '" + executionArn + "'"));
      Step step = new Step(ex, clock.now());
      interpreter.redrive(step);
      if (executions.commit(step, null)) {
        observers.committed(step);
        workListener.run();
        return;
      }
    }
    throw new IllegalStateException("Could not redrive " + executionArn);
  }

  /** Queues a stop (StopExecution) of a running execution. */
  public void stop(String executionArn, String error, String cause) {
    enqueue(stopItem(executionArn, error, cause));
  }

  private WorkItem stopItem(String executionArn, String error, String cause) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("error", error);
    payload.put("cause", cause);
    return new WorkItem(0, executionArn, null, 0, WorkKind.STOP, clock.now(), payload);
  }

  private void enqueue(WorkItem item) {
    for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      ExecutionState ex =
          executions.find(item.executionArn()).orElseThrow(() -> new IllegalArgumentException("Execution Does Not Exist: '" + item.executionArn() + "'"));
      Step step = new Step(ex, clock.now());
      step.work().add(item);
      if (executions.commit(step, null)) {
        workListener.run();
        return;
      }
    }
    throw new IllegalStateException("Could not queue work for " + item.executionArn());
  }

  public String workerId() {
    return workerId;
  }
}
