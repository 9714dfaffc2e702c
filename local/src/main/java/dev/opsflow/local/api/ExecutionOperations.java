package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.api.ExecutionShapes.BillingDetails;
import dev.opsflow.local.api.ExecutionShapes.DataDetails;
import dev.opsflow.local.api.ExecutionShapes.DescribeExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryRequest;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryResponse;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsResponse;
import dev.opsflow.local.api.ExecutionShapes.RedriveExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.RedriveExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StartSyncExecutionResponse;
import dev.opsflow.local.api.ExecutionShapes.StopExecutionRequest;
import dev.opsflow.local.api.ExecutionShapes.StopExecutionResponse;
import dev.opsflow.local.api.TaskShapes.SearchExecutionsRequest;
import dev.opsflow.local.engine.ExecutionNotRedrivableException;
import dev.opsflow.local.engine.ExecutionPage;
import dev.opsflow.local.engine.ExecutionQuery;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The execution operations: start (async and sync), describe, list, history, stop, redrive, search by business key. */
final class ExecutionOperations {
  /** AWS ends an Express execution after five minutes. */
  private static final Duration EXPRESS_LIMIT = Duration.ofMinutes(5);
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final LocalEngine engine;
  private final MachineOperations machines;

  ExecutionOperations(LocalEngine engine, MachineOperations machines) {
    this.engine = engine;
    this.machines = machines;
  }

  /**
   * StartExecution: a repeated call with the name and input of a running execution returns that execution;
   * a different input, or a closed execution, is ExecutionAlreadyExists.
   */
  StartExecutionResponse start(StartExecutionRequest request) {
    ExecutionState ex = startNew(machines.find(request.stateMachineArn()), request);
    return new StartExecutionResponse(ex.executionArn(), ex.startTime());
  }

  /** StartSyncExecution: runs an Express execution to its end and answers with its outcome. */
  StartSyncExecutionResponse startSync(StartExecutionRequest request) {
    StateMachineRecord machine = machines.find(request.stateMachineArn());
    if (machine.type() != StateMachineType.EXPRESS) {
      throw ApiErrors.stateMachineTypeNotSupported();
    }
    ExecutionState started = startNew(machine, request);
    ExecutionState ex = awaitEnd(started.executionArn(), started.startTime().plus(EXPRESS_LIMIT));
    if (!ex.status().isTerminal()) {
      engine.stop(ex.executionArn(), "States.Timeout", null);
      ex = awaitEnd(ex.executionArn(), engine.clock().now().plus(STOP_WAIT));
    }
    boolean succeeded = ex.status() == ExecutionStatus.SUCCEEDED;
    Instant stop = ex.stopTime() == null ? engine.clock().now() : ex.stopTime();
    String status = ex.status() == ExecutionStatus.ABORTED ? "TIMED_OUT" : ex.status().name();
    return new StartSyncExecutionResponse(
        ex.executionArn(),
        ex.stateMachineArn(),
        ex.name(),
        ex.startTime(),
        stop,
        status,
        ex.error(),
        ex.cause(),
        ExecutionViews.text(ex.input()),
        new DataDetails(true),
        succeeded ? ExecutionViews.text(ex.output()) : null,
        succeeded ? new DataDetails(true) : null,
        request.traceHeader(),
        new BillingDetails(64, Math.max(100, Duration.between(ex.startTime(), stop).toMillis())));
  }

  private ExecutionState startNew(StateMachineRecord machine, StartExecutionRequest request) {
    String name = request.name() == null ? UUID.randomUUID().toString() : ApiChecks.name(request.name());
    JsonNode input = input(request.input());
    String arn = engine.settings().executionArn(machine.type(), machine.name(), name);
    if (engine.start(machine, arn, name, input, BusinessKeys.of(machine, input))) {
      return engine.executions().find(arn).orElseThrow();
    }
    ExecutionState existing = engine.executions().find(arn).orElseThrow(() -> ApiErrors.executionAlreadyExists(arn));
    if (existing.type() == StateMachineType.STANDARD && existing.status() == ExecutionStatus.RUNNING && input.equals(existing.input())) {
      return existing;
    }
    throw ApiErrors.executionAlreadyExists(arn);
  }

  private static JsonNode input(String text) {
    if (text == null) {
      return Json.MAPPER.createObjectNode();
    }
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiErrors.invalidExecutionInput(e.getMessage());
    }
  }

  DescribeExecutionResponse describe(String executionArn) {
    ExecutionState ex = findStandard(executionArn);
    return ExecutionViews.describe(ex, lastRedrive(ex));
  }

  /** Resumes a failed, aborted or timed-out execution where it stopped (see {@link LocalEngine#redrive}). */
  RedriveExecutionResponse redrive(RedriveExecutionRequest request) {
    ExecutionState ex = findStandard(request.executionArn());
    String reason = ExecutionViews.redriveStatusReason(ex);
    if (reason != null) {
      throw ApiErrors.executionNotRedrivable(reason);
    }
    try {
      engine.redrive(ex.executionArn());
    } catch (ExecutionNotRedrivableException e) {
      throw ApiErrors.executionNotRedrivable(e.getMessage());
    }
    ExecutionState redriven = engine.executions().find(ex.executionArn()).orElseThrow();
    return new RedriveExecutionResponse(lastRedrive(redriven));
  }

  /** When the execution was last redriven (its last ExecutionRedriven event); null when never. */
  private Instant lastRedrive(ExecutionState ex) {
    if (ex.redriveCount() == 0) {
      return null;
    }
    List<ObjectNode> history = engine.executions().history(ex.executionArn());
    for (int i = history.size() - 1; i >= 0; i--) {
      if ("ExecutionRedriven".equals(history.get(i).path("type").asText())) {
        return Instant.parse(history.get(i).get("timestamp").asText());
      }
    }
    return null;
  }

  ListExecutionsResponse list(ListExecutionsRequest request) {
    String arn = ApiChecks.stateMachineArn(request.stateMachineArn(), "stateMachineArn");
    StateMachineRecord machine = engine.machines().find(arn).orElseThrow(() -> ApiErrors.stateMachineDoesNotExist(arn));
    if (machine.type() != StateMachineType.STANDARD) {
      throw ApiErrors.stateMachineTypeNotSupported();
    }
    String base = machine.version() == null ? arn : arn.substring(0, arn.lastIndexOf(':'));
    return query(new ExecutionQuery(base, status(request.statusFilter()), null, ApiChecks.maxResults(request.maxResults()), request.nextToken()), false);
  }

  ListExecutionsResponse search(SearchExecutionsRequest request) {
    String key = ApiChecks.required(request.businessKey(), "businessKey");
    String machineArn = request.stateMachineArn() == null ? null : ApiChecks.stateMachineArn(request.stateMachineArn(), "stateMachineArn");
    return query(new ExecutionQuery(machineArn, status(request.statusFilter()), key, ApiChecks.maxResults(request.maxResults()), request.nextToken()), true);
  }

  private ListExecutionsResponse query(ExecutionQuery query, boolean withBusinessKey) {
    ExecutionPage page;
    try {
      page = engine.executions().executions(query);
    } catch (IllegalArgumentException e) {
      // A nextToken the store cannot read (the in-memory store's offsets are numbers).
      throw ApiErrors.invalidToken();
    }
    return new ListExecutionsResponse(
        page.executions().stream().map(ex -> ExecutionViews.listItem(ex, withBusinessKey)).toList(), page.nextToken());
  }

  GetExecutionHistoryResponse history(GetExecutionHistoryRequest request) {
    ExecutionState ex = findStandard(request.executionArn());
    return HistoryPages.page(
        engine.executions().history(ex.executionArn()),
        ApiChecks.maxResults(request.maxResults()),
        Boolean.TRUE.equals(request.reverseOrder()),
        request.nextToken(),
        !Boolean.FALSE.equals(request.includeExecutionData()));
  }

  /** Stops a running execution and waits (briefly) until the engine has recorded the abort. */
  StopExecutionResponse stop(StopExecutionRequest request) {
    ExecutionState ex = findStandard(request.executionArn());
    if (!ex.status().isTerminal()) {
      engine.stop(ex.executionArn(), request.error(), request.cause());
      ex = awaitEnd(ex.executionArn(), engine.clock().now().plus(STOP_WAIT));
    }
    return new StopExecutionResponse(ex.stopTime() == null ? engine.clock().now() : ex.stopTime());
  }

  /** An existing Standard execution; Express executions are not visible to these operations on AWS. */
  ExecutionState findStandard(String executionArn) {
    String arn = ApiChecks.executionArn(executionArn, "executionArn");
    ExecutionState ex = engine.executions().find(arn).orElseThrow(() -> ApiErrors.executionDoesNotExist(arn));
    if (ex.type() == StateMachineType.EXPRESS) {
      throw ApiErrors.invalidArn("Resource type not valid in this context: express");
    }
    return ex;
  }

  /**
   * Waits until the execution ends or {@code deadline} passes (engine time). The calling thread helps: it runs
   * due work itself, so this does not depend on how busy the background workers are.
   */
  private ExecutionState awaitEnd(String executionArn, Instant deadline) {
    while (true) {
      ExecutionState ex = engine.executions().find(executionArn).orElseThrow();
      if (ex.status().isTerminal() || !engine.clock().now().isBefore(deadline)) {
        return ex;
      }
      if (!engine.runOnce()) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return ex;
        }
      }
    }
  }

  private static ExecutionStatus status(String filter) {
    if (filter == null) {
      return null;
    }
    try {
      return ExecutionStatus.valueOf(filter);
    } catch (IllegalArgumentException e) {
      throw ApiErrors.memberConstraint(
          "statusFilter", filter, "Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
    }
  }
}
