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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Step Functions engine: creates state machines, starts executions and drives their work items
 * through the {@link Interpreter}, committing every step to an {@link ExecutionStore}.
 */
public final class LocalEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);

  private final ExecutionStore store;
  private final EngineClock clock;
  private final EngineSettings settings;
  private final TaskInvoker tasks;
  private final Interpreter interpreter;
  private final DefinitionValidator validator = new DefinitionValidator();
  private final Map<String, StateMachineDefinition> definitions = new ConcurrentHashMap<>();

  public LocalEngine(ExecutionStore store, EngineClock clock, LambdaRegistry lambdas, EngineSettings settings) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
    this.tasks = new TaskInvoker(lambdas);
    this.interpreter = new Interpreter(this::definition, tasks, settings.region(), new SecureRandom());
  }

  /** An engine whose executions live in memory, with the default region and account. */
  public static LocalEngine inMemory(EngineClock clock, LambdaRegistry lambdas) {
    return new LocalEngine(new InMemoryExecutionStore(), clock, lambdas, EngineSettings.defaults());
  }

  public TaskInvoker tasks() {
    return tasks;
  }

  public ExecutionStore store() {
    return store;
  }

  public EngineSettings settings() {
    return settings;
  }

  /** Validates and parses a definition; throws {@link DefinitionException} as CreateStateMachine would. */
  public StateMachineRef createStateMachine(String name, String definitionText, StateMachineType type) {
    validator.check(definitionText, type);
    StateMachineDefinition definition = DefinitionParser.parse((ObjectNode) Json.parse(definitionText));
    String definitionId = name + "#" + UUID.randomUUID();
    definitions.put(definitionId, definition);
    return new StateMachineRef(settings.stateMachineArn(name), name, type, definitionId, definitionText, definition);
  }

  /** Makes a parsed definition known under {@code definitionId} (for stores that reload executions). */
  public void registerDefinition(String definitionId, StateMachineDefinition definition) {
    definitions.put(definitionId, definition);
  }

  private StateMachineDefinition definition(String definitionId) {
    StateMachineDefinition definition = definitions.get(definitionId);
    if (definition == null) {
      throw new IllegalStateException("Unknown definition " + definitionId);
    }
    return definition;
  }

  /** Starts an execution; returns false when one of that ARN exists already. */
  public boolean start(StateMachineRef machine, String executionArn, String executionName, JsonNode input) {
    ExecutionState ex = new ExecutionState();
    ex.executionArn = executionArn;
    ex.stateMachineArn = machine.arn();
    ex.stateMachineName = machine.name();
    ex.definitionId = machine.definitionId();
    ex.name = executionName;
    ex.type = machine.type();
    ex.input = input;
    ex.startTime = clock.now();
    ex.roleArn = settings.roleArn();
    Step step = new Step(ex, ex.startTime);
    interpreter.start(step);
    return store.create(step);
  }

  /** Starts an execution and drives the engine until it ends or nothing more can happen (it awaits a token). */
  public ExecutionResult run(StateMachineRef machine, String executionName, String inputText) {
    String name = executionName == null ? UUID.randomUUID().toString() : executionName;
    String arn = settings.executionArn(machine.type(), machine.name(), name);
    JsonNode input = inputText == null || inputText.isBlank() ? JsonNodeFactory.instance.objectNode() : Json.parse(inputText);
    start(machine, arn, name, input);
    drain(arn);
    return result(arn).orElseThrow();
  }

  public Optional<ExecutionResult> result(String executionArn) {
    return store.find(executionArn)
        .map(ex -> new ExecutionResult(ex.executionArn, ex.status, ex.output, ex.error, ex.cause, store.history(executionArn)));
  }

  /**
   * Processes due work, waiting on the clock for timers, until {@code executionArn} ends (or, when null, until
   * no work is left). Returns early when only token answers could make progress.
   */
  public void drain(String executionArn) {
    while (true) {
      if (executionArn != null && store.find(executionArn).map(ex -> ex.status.isTerminal()).orElse(true)) {
        return;
      }
      Optional<WorkItem> item = store.claim(clock.now());
      if (item.isPresent()) {
        process(item.get());
        continue;
      }
      Optional<java.time.Instant> due = store.nextDue();
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

  /** Runs one claimed work item and commits its step. */
  public void process(WorkItem item) {
    Optional<ExecutionState> found = store.find(item.executionArn());
    if (found.isEmpty()) {
      return;
    }
    Step step = new Step(found.get(), clock.now());
    try {
      interpreter.process(step, item);
    } catch (RuntimeException e) {
      // A bug in the engine must not take the process down: the execution fails visibly instead.
      LOG.error("Execution {} failed inside the engine at {}", item.executionArn(), item, e);
      step = new Step(found.get(), clock.now());
      ObjectNode payload = JsonNodeFactory.instance.objectNode();
      payload.put("error", StatesErrors.RUNTIME);
      payload.put("cause", "Internal error in the local engine: " + e);
      interpreter.process(step, new WorkItem(0, item.executionArn(), null, 0, WorkKind.STOP, clock.now(), payload));
      found.get().status = ExecutionStatus.FAILED;
    }
    store.commit(step, item);
  }

  /** Answers a task token (SendTaskSuccess / SendTaskFailure); the answer is queued for the waiting task. */
  public void answerToken(String token, JsonNode answer) {
    TaskTokens.Parts parts = TaskTokens.decode(token);
    ExecutionState ex = store.find(parts.executionArn()).orElseThrow(() -> new IllegalArgumentException("Task Timed Out"));
    Step step = new Step(ex, clock.now());
    step.work().add(new WorkItem(0, parts.executionArn(), parts.frameId(), parts.frameSeq(), WorkKind.TOKEN_RESPONSE, clock.now(), answer));
    store.commit(step, null);
  }

  public EngineClock clock() {
    return clock;
  }
}
