package dev.opsflow.webapp.ops;

import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** The configuration files as operators read them (never edited here: config lives in the repository). */
public record ConfigPage(Chrome chrome, String directory, List<ConfigFile> files) {
  /** One file: its path under the config directory and its text. */
  public record ConfigFile(String name, String text) {}
}
