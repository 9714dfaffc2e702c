package dev.opsflow.shared.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.opsflow.shared.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one JSON document against a draft 2020-12 JSON Schema and reports every violation as a
 * {@link ConfigProblem} with a JSON path. The networknt validator works on Jackson 3 trees, so it is handed the text
 * and the rest of opsflow stays on Jackson 2. Duplicate keys are rejected: with them an edit can silently lose.
 */
public final class SchemaValidator {
  private static final ObjectReader STRICT_READER =
      Json.MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));

  /** The document's problems; empty when it is valid JSON that satisfies the schema. */
  public List<ConfigProblem> validate(String file, String schemaFile, String schemaText, String documentText) {
    Optional<ConfigProblem> syntax = syntaxProblem(file, documentText);
    if (syntax.isPresent()) {
      return List.of(syntax.get());
    }
    Schema schema;
    try {
      schema = registry.getSchema(schemaText, InputFormat.JSON);
    } catch (SchemaException | tools.jackson.core.JacksonException e) {
      return List.of(new ConfigProblem(schemaFile, "$", "the schema itself is unusable: " + e.getMessage()));
    }
    return schema.validate(documentText, InputFormat.JSON).stream().map(e -> toProblem(file, e)).toList();
  }

  /** Parses with duplicate-key detection; the problem names the line and column. */
  static Optional<ConfigProblem> syntaxProblem(String file, String text) {
    try {
      JsonNode ignored = STRICT_READER.readTree(text);
      if (ignored == null || ignored.isMissingNode()) {
        return Optional.of(new ConfigProblem(file, "$", "the file is empty"));
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return Optional.of(new ConfigProblem(file, "$", "not valid JSON" + where + ": " + e.getOriginalMessage()));
    }
  }

  private static ConfigProblem toProblem(String file, Error error) {
    String path = error.getInstanceLocation() == null ? "$" : error.getInstanceLocation().toString();
    return new ConfigProblem(file, path, error.getMessage());
  }
}
