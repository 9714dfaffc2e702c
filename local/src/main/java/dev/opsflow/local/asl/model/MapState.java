package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code Map}: runs its item processor once per item, inline or distributed. The legacy {@code Iterator} and
 * {@code Parameters} are read as {@code ItemProcessor} and {@code ItemSelector}.
 */
public record MapState(
    StateCommon common,
    StatesBlock processor,
    boolean distributed,
    JsonNode itemsPath,
    JsonNode items,
    JsonNode itemSelector,
    JsonNode itemBatcher,
    JsonNode itemReader,
    JsonNode resultWriter,
    JsonNode maxConcurrency,
    JsonNode maxConcurrencyPath,
    JsonNode toleratedFailureCount,
    JsonNode toleratedFailureCountPath,
    JsonNode toleratedFailurePercentage,
    JsonNode toleratedFailurePercentagePath,
    String label)
    implements State {}
