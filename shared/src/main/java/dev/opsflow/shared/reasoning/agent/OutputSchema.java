package dev.opsflow.shared.reasoning.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.opsflow.shared.json.Json;
import java.util.List;

/**
 * A compiled JSON Schema (draft 2020-12) that agent output is checked against. The validator library speaks
 * Jackson 3, the rest of opsflow Jackson 2, so documents cross over as JSON text.
 */
public final class OutputSchema {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  /** The 2020-12 meta-schema (bundled with the validator, no network): a schema must itself be valid. */
  private static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private final Schema schema;

  private OutputSchema(Schema schema) {
    this.schema = schema;
  }

  /**
   * Compiles a schema; throws {@link IllegalArgumentException} when it breaks the meta-schema or has a
   * reference that does not resolve.
   */
  public static OutputSchema compile(JsonNode schemaJson) {
    String text = Json.write(schemaJson);
    List<String> metaProblems = META_SCHEMA.validate(text, InputFormat.JSON).stream().map(OutputSchema::describe).toList();
    if (!metaProblems.isEmpty()) {
      throw new IllegalArgumentException("not a valid JSON Schema: " + String.join("; ", metaProblems));
    }
    try {
      Schema schema = REGISTRY.getSchema(text, InputFormat.JSON);
      schema.initializeValidators();
      // Resolves every $ref now rather than at the first model answer.
      schema.validate("{}", InputFormat.JSON);
      return new OutputSchema(schema);
    } catch (SchemaException e) {
      throw new IllegalArgumentException("not a valid JSON Schema: " + e.getMessage(), e);
    }
  }

  /** The violations of the document, each as "instance path: problem"; empty when it conforms. */
  public List<String> problems(JsonNode document) {
    List<Error> errors = schema.validate(Json.write(document), InputFormat.JSON);
    return errors.stream().map(OutputSchema::describe).toList();
  }

  private static String describe(Error error) {
    String path = error.getInstanceLocation().toString();
    return (path.isEmpty() ? "$" : path) + ": " + error.getMessage();
  }
}
