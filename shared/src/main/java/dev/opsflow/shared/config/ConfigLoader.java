package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the intake configuration: reads every file, validates each against its JSON Schema (the schemas travel with
 * the config, under {@code schemas/}), checks the rules a schema cannot express and the references between files,
 * then builds immutable records. Nothing is half-loaded: any problem raises one {@link ConfigException} listing
 * every problem found, each naming the file, the JSON path and what is wrong.
 *
 * <p>Where from: {@code $OPSFLOW_CONFIG_DIR} when set; otherwise {@code config} under the working directory when it
 * exists (the repository root, {@code opsflow local}); otherwise the classpath folder {@code opsflow-config/} (a
 * Lambda artifact).
 */
public final class ConfigLoader {
  /** Environment variable naming the config directory. */
  public static final String CONFIG_DIR_ENV = "OPSFLOW_CONFIG_DIR";
  /** System property fallback for {@link #CONFIG_DIR_ENV}. */
  public static final String CONFIG_DIR_PROPERTY = "opsflow.config.dir";
  /** Directory used when the variable is not set, relative to the working directory. */
  public static final String DEFAULT_DIRECTORY = "config";
  /** Classpath folder a packaged artifact carries the config in. */
  public static final String CLASSPATH_ROOT = "opsflow-config";

  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  private ConfigLoader() {}

  /** Loads from where the environment says (see the class comment). Call once, e.g. in a handler's constructor. */
  public static IntakeConfig fromEnvironment(Map<String, String> env) {
    return load(sourceFrom(env));
  }

  /** Loads from a directory. */
  public static IntakeConfig fromDirectory(Path dir) {
    return load(ConfigSource.directory(dir));
  }

  /**
   * Picks the source: the env var's directory, else the {@value #CONFIG_DIR_PROPERTY} system property's (the
   * local node sets it from {@code --home}, since in-process handlers share its environment), else {@code ./config}
   * if present, else the classpath.
   */
  public static ConfigSource sourceFrom(Map<String, String> env) {
    String dir = env.get(CONFIG_DIR_ENV);
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty(CONFIG_DIR_PROPERTY);
    }
    if (dir != null && !dir.isBlank()) {
      return ConfigSource.directory(Path.of(dir));
    }
    Path local = Path.of(DEFAULT_DIRECTORY);
    ClassLoader loader = ConfigLoader.class.getClassLoader();
    if (!Files.isDirectory(local) && loader.getResource(CLASSPATH_ROOT + "/" + ConfigFile.TRIAGE.fileName()) != null) {
      return ConfigSource.classpath(loader, CLASSPATH_ROOT);
    }
    return ConfigSource.directory(local);
  }

  /** Reads, validates and builds the whole configuration from a source. */
  public static IntakeConfig load(ConfigSource source) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<ConfigFile, JsonNode> docs = new EnumMap<>(ConfigFile.class);
    SchemaValidator validator = new SchemaValidator();
    for (ConfigFile file : ConfigFile.values()) {
      read(source, file.fileName(), file.schemaName(), validator, problems).ifPresent(root -> {
        List<ConfigProblem> own = DocumentChecks.check(file, source.describe(file.fileName()), root);
        problems.addAll(own);
        if (own.isEmpty()) {
          docs.put(file, root);
        }
      });
    }
    if (docs.size() == ConfigFile.values().length) {
      problems.addAll(ReferenceChecks.check(docs, file -> source.describe(file.fileName())));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    IntakeConfig config = new IntakeConfig(
        QuestionFlow.fromJson(docs.get(ConfigFile.QUESTION_FLOW)),
        TriageRules.fromJson(docs.get(ConfigFile.TRIAGE)),
        NotificationPolicy.fromJson(docs.get(ConfigFile.NOTIFICATIONS)),
        CrmMapping.fromJson(docs.get(ConfigFile.CRM_MAPPING)),
        ApprovalPolicy.fromJson(docs.get(ConfigFile.APPROVAL_POLICY)));
    LOG.info("Loaded intake config from {}", source.describe(""));
    return config;
  }

  /**
   * Reads {@code agents/<agentId>.json} and validates it against {@code schemas/agents.schema.json}; the reasoner
   * binds the returned tree. Throws {@link ConfigException} when it is missing or invalid.
   */
  public static JsonNode loadAgent(ConfigSource source, String agentId) {
    List<ConfigProblem> problems = new ArrayList<>();
    Optional<JsonNode> agent =
        read(source, "agents/" + agentId + ".json", ConfigFile.schemaFor("agents"), new SchemaValidator(), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return agent.orElseThrow();
  }

  /** The schema-valid tree of one file, or empty with the reasons added to {@code problems}. */
  private static Optional<JsonNode> read(
      ConfigSource source, String name, String schemaName, SchemaValidator validator, List<ConfigProblem> problems) {
    Optional<String> text = source.read(name);
    if (text.isEmpty()) {
      problems.add(new ConfigProblem(source.describe(name), "$", "file not found"));
      return Optional.empty();
    }
    Optional<String> schema = source.read(schemaName);
    if (schema.isEmpty()) {
      problems.add(new ConfigProblem(source.describe(schemaName), "$", "schema file not found"));
      return Optional.empty();
    }
    List<ConfigProblem> found = validator.validate(source.describe(name), source.describe(schemaName), schema.get(), text.get());
    problems.addAll(found);
    return found.isEmpty() ? Optional.of(Json.parse(text.get())) : Optional.empty();
  }
}
