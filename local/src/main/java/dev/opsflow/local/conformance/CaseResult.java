package dev.opsflow.local.conformance;

import java.time.Duration;

/** The outcome of running one case, with the history comparison and how long it took. */
public record CaseResult(ConformanceCase testCase, CaseOutcome outcome, HistoryMatch history, Duration elapsed) {}
