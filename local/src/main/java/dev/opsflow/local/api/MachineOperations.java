package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.api.MachineShapes.CreateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.CreateStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.DescribeStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.ListStateMachinesRequest;
import dev.opsflow.local.api.MachineShapes.ListStateMachinesResponse;
import dev.opsflow.local.api.MachineShapes.StateMachineListItem;
import dev.opsflow.local.api.MachineShapes.Tag;
import dev.opsflow.local.api.MachineShapes.UpdateStateMachineRequest;
import dev.opsflow.local.api.MachineShapes.UpdateStateMachineResponse;
import dev.opsflow.local.api.MachineShapes.ValidateDefinitionRequest;
import dev.opsflow.local.api.MachineShapes.ValidateDefinitionResponse;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.asl.validate.DefinitionValidator;
import dev.opsflow.local.asl.validate.ValidationResult;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The state machine operations over the engine's {@link dev.opsflow.local.engine.StateMachineStore}. */
final class MachineOperations {
  private final LocalEngine engine;
  private final DefinitionValidator validator = new DefinitionValidator();

  MachineOperations(LocalEngine engine) {
    this.engine = engine;
  }

  CreateStateMachineResponse create(CreateStateMachineRequest request) {
    String name = ApiChecks.name(request.name());
    String definition = ApiChecks.required(request.definition(), "definition");
    String roleArn = roleArn(ApiChecks.required(request.roleArn(), "roleArn"));
    StateMachineType type = type(request.type());
    boolean publish = Boolean.TRUE.equals(request.publish());
    if (!publish && request.versionDescription() != null) {
      throw ApiErrors.validation("Version description can only be set when publish is true");
    }
    ObjectNode logging = LoggingConfigurations.normalise(request.loggingConfiguration());
    ObjectNode tracing = LoggingConfigurations.tracing(request.tracingConfiguration());
    Map<String, String> tags = tags(request.tags());
    BusinessKeys.checkTag(tags);
    String arn = engine.settings().stateMachineArn(name);
    var existing = engine.machines().find(arn);
    if (existing.isPresent()) {
      return idempotentCreate(existing.get(), definition, type, logging, tracing);
    }
    validate(definition, type);
    StateMachineRecord record =
        new StateMachineRecord(
            arn, name, type, definition, roleArn, UUID.randomUUID().toString(), engine.clock().now(), logging, tracing, null, null, tags);
    if (!engine.machines().create(record)) {
      throw ApiErrors.stateMachineAlreadyExists(arn);
    }
    String versionArn = publish ? engine.machines().publish(arn, request.versionDescription()).arn() : null;
    return new CreateStateMachineResponse(arn, record.creationDate(), versionArn);
  }

  /** AWS answers a repeated identical CreateStateMachine with the existing machine, and refuses any other. */
  private static CreateStateMachineResponse idempotentCreate(
      StateMachineRecord existing, String definition, StateMachineType type, ObjectNode logging, ObjectNode tracing) {
    boolean same =
        existing.definition().equals(definition)
            && existing.type() == type
            && Objects.equals(existing.loggingConfiguration(), logging)
            && Objects.equals(existing.tracingConfiguration(), tracing);
    if (!same) {
      throw ApiErrors.stateMachineAlreadyExists(existing.arn());
    }
    return new CreateStateMachineResponse(existing.arn(), existing.creationDate(), null);
  }

  UpdateStateMachineResponse update(UpdateStateMachineRequest request) {
    String arn = ApiChecks.stateMachineArn(request.stateMachineArn(), "stateMachineArn");
    StateMachineRecord current = engine.machines().find(arn).filter(m -> m.version() == null)
        .orElseThrow(() -> ApiErrors.stateMachineDoesNotExist(arn));
    if (request.definition() == null && request.roleArn() == null && request.loggingConfiguration() == null
        && request.tracingConfiguration() == null) {
      throw ApiErrors.missingRequiredParameter(
          "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
    }
    boolean publish = Boolean.TRUE.equals(request.publish());
    if (!publish && request.versionDescription() != null) {
      throw ApiErrors.validation("Version description can only be set when publish is true");
    }
    String definition = request.definition() == null ? current.definition() : request.definition();
    if (request.definition() != null) {
      validate(definition, current.type());
    }
    StateMachineRecord updated =
        new StateMachineRecord(
            arn,
            current.name(),
            current.type(),
            definition,
            request.roleArn() == null ? current.roleArn() : roleArn(request.roleArn()),
            UUID.randomUUID().toString(),
            current.creationDate(),
            request.loggingConfiguration() == null
                ? current.loggingConfiguration()
                : LoggingConfigurations.normalise(request.loggingConfiguration()),
            request.tracingConfiguration() == null ? current.tracingConfiguration() : request.tracingConfiguration().deepCopy(),
            null,
            null,
            current.tags());
    if (!engine.machines().update(updated)) {
      throw ApiErrors.stateMachineDoesNotExist(arn);
    }
    String versionArn = publish ? engine.machines().publish(arn, request.versionDescription()).arn() : null;
    return new UpdateStateMachineResponse(engine.clock().now(), updated.revisionId(), versionArn);
  }

  DescribeStateMachineResponse describe(String stateMachineArn) {
    StateMachineRecord machine = find(stateMachineArn);
    return new DescribeStateMachineResponse(
        machine.arn(),
        machine.name(),
        "ACTIVE",
        machine.definition(),
        machine.roleArn(),
        machine.type().name(),
        machine.creationDate(),
        machine.loggingConfiguration() == null ? LoggingConfigurations.normalise(null) : machine.loggingConfiguration(),
        machine.tracingConfiguration() == null ? LoggingConfigurations.tracing(null) : machine.tracingConfiguration(),
        machine.revisionId(),
        machine.versionDescription());
  }

  ListStateMachinesResponse list(ListStateMachinesRequest request) {
    int size = ApiChecks.maxResults(request.maxResults());
    List<StateMachineRecord> all = engine.machines().list();
    int from = Math.min(PageTokens.decode("machines", request.nextToken()), all.size());
    List<StateMachineListItem> page =
        all.subList(from, Math.min(all.size(), from + size)).stream()
            .map(m -> new StateMachineListItem(m.arn(), m.name(), m.type().name(), m.creationDate()))
            .toList();
    return new ListStateMachinesResponse(page, PageTokens.next("machines", from, page.size(), all.size()));
  }

  /** Deletes the machine and its versions; running executions keep their revision. Unknown ARNs succeed, as on AWS. */
  void delete(String stateMachineArn) {
    engine.machines().delete(ApiChecks.stateMachineArn(stateMachineArn, "stateMachineArn"));
  }

  ValidateDefinitionResponse validateDefinition(ValidateDefinitionRequest request) {
    String definition = ApiChecks.required(request.definition(), "definition");
    boolean warnings = "WARNING".equals(request.severity());
    if (request.severity() != null && !warnings && !"ERROR".equals(request.severity())) {
      throw ApiErrors.memberConstraint("severity", request.severity(), "Member must satisfy enum value set: [ERROR, WARNING]");
    }
    ValidationResult result = validator.validateForApi(definition, type(request.type()), request.maxResults());
    var diagnostics = result.diagnostics().stream().filter(d -> warnings || "ERROR".equals(d.severity())).toList();
    return new ValidateDefinitionResponse(result.result(), diagnostics, result.truncated());
  }

  /** The machine (or published version) of an ARN, for the operations that need one to exist. */
  StateMachineRecord find(String stateMachineArn) {
    String arn = ApiChecks.stateMachineArn(stateMachineArn, "stateMachineArn");
    return engine.machines().find(arn).orElseThrow(() -> ApiErrors.stateMachineDoesNotExist(arn));
  }

  private void validate(String definition, StateMachineType type) {
    try {
      engine.validate(definition, type);
    } catch (DefinitionException e) {
      throw new SfnApiException(e.errorCode(), e.getMessage());
    }
  }

  static StateMachineType type(String type) {
    if (type == null) {
      return StateMachineType.STANDARD;
    }
    return switch (type) {
      case "STANDARD" -> StateMachineType.STANDARD;
      case "EXPRESS" -> StateMachineType.EXPRESS;
      default -> throw ApiErrors.memberConstraint("type", type, "Member must satisfy enum value set: [STANDARD, EXPRESS]");
    };
  }

  private static String roleArn(String roleArn) {
    if (!roleArn.startsWith("arn:") || roleArn.split(":", -1).length < 6) {
      throw ApiErrors.invalidArn("Invalid ARN prefix: " + roleArn);
    }
    return roleArn;
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> map = new LinkedHashMap<>();
    if (tags != null) {
      for (Tag tag : tags) {
        map.put(ApiChecks.required(tag.key(), "tags.member.key"), tag.value() == null ? "" : tag.value());
      }
    }
    return map;
  }
}
