package dev.opsflow.local.asl.model;

/** The two ASL query languages; a state inherits the machine's unless it names its own. */
public enum QueryLanguage {
  JSONPATH,
  JSONATA;

  static QueryLanguage parse(String text, QueryLanguage inherited) {
    if (text == null) {
      return inherited;
    }
    return "JSONata".equals(text) ? JSONATA : JSONPATH;
  }
}
