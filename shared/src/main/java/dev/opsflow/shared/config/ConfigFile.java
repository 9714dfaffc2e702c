package dev.opsflow.shared.config;

/** The files that make up the intake configuration, each with the JSON Schema it must satisfy. */
public enum ConfigFile {
  QUESTION_FLOW("question-flow.json"),
  TRIAGE("triage.json"),
  NOTIFICATIONS("notifications.json"),
  CRM_MAPPING("crm-mapping.json"),
  APPROVAL_POLICY("approval-policy.json");

  private final String fileName;

  ConfigFile(String fileName) {
    this.fileName = fileName;
  }

  /** Name of the file inside the config directory, e.g. {@code triage.json}. */
  public String fileName() {
    return fileName;
  }

  /** Relative name of its schema inside the config directory, e.g. {@code schemas/triage.schema.json}. */
  public String schemaName() {
    return schemaFor(fileName.substring(0, fileName.length() - ".json".length()));
  }

  /** Relative name of the schema for a document kind, e.g. {@code agents} gives {@code schemas/agents.schema.json}. */
  public static String schemaFor(String kind) {
    return "schemas/" + kind + ".schema.json";
  }
}
