package dev.opsflow.local.engine;

import dev.opsflow.local.asl.model.StateMachineDefinition;

/** A created state machine (or one version of it): its ARN, type and parsed definition. */
public record StateMachineRef(
    String arn, String name, StateMachineType type, String definitionId, String definitionText, StateMachineDefinition definition) {}
