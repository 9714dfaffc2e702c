package dev.opsflow.local.engine;

import java.util.List;

/** One page of executions and the token of the next page (null when this is the last). */
public record ExecutionPage(List<ExecutionState> executions, String nextToken) {}
