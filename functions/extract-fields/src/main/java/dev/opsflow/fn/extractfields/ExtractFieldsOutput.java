package dev.opsflow.fn.extractfields;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.workflow.RecordFields;
import java.util.List;

/** The record after the revision ({@code fields}), its revision number, and the values the question flow refused. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExtractFieldsOutput(ObjectNode fields, int revision, List<RecordFields.Refused> refused) {}
