package dev.opsflow.shared.customers;

/** A customer that resembles the request, with its score 0..1 and the evidence that scored it. */
public record MatchCandidate(String customerId, String name, double score, MatchMethod method) {}
