package dev.opsflow.shared.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local shape's secrets: one JSON file ({@code $OPSFLOW_SECRETS_FILE}) holding an object per integration,
 * {@code {"stripe": {"api_key": "sk_..."}, "slack": {"bot_token": "xoxb-..."}}}. Read once; a file that others
 * than its owner may read is used but warned about.
 */
public final class FileSecrets implements SecretsPort {
  private static final Logger LOG = LoggerFactory.getLogger(FileSecrets.class);

  private final Path file;
  private volatile Map<String, IntegrationSecret> secrets;

  public FileSecrets(Path file) {
    this.file = file;
  }

  @Override
  public IntegrationSecret get(String integration) {
    IntegrationSecret secret = load().get(integration);
    if (secret == null) {
      throw new SecretNotFoundException("The secrets file " + file + " has no entry for " + integration);
    }
    return secret;
  }

  private Map<String, IntegrationSecret> load() {
    Map<String, IntegrationSecret> loaded = secrets;
    if (loaded == null) {
      synchronized (this) {
        if (secrets == null) {
          secrets = read(file);
        }
        loaded = secrets;
      }
    }
    return loaded;
  }

  private static Map<String, IntegrationSecret> read(Path file) {
    JsonNode root;
    try {
      warnIfShared(file);
      root = Json.parse(Files.readString(file));
    } catch (IOException e) {
      throw new SecretNotFoundException("Cannot read the secrets file " + file + ": " + e.getClass().getSimpleName(), e);
    } catch (IllegalArgumentException e) {
      // The parser's message may quote the file's content: only say where it broke.
      throw new SecretNotFoundException("The secrets file " + file + " is not valid JSON");
    }
    if (!root.isObject()) {
      throw new SecretNotFoundException("The secrets file " + file + " must hold an object of integrations");
    }
    Map<String, IntegrationSecret> secrets = new HashMap<>();
    root.properties().forEach(e -> secrets.put(e.getKey(), new IntegrationSecret(e.getKey(), fields(file, e.getKey(), e.getValue()))));
    return Map.copyOf(secrets);
  }

  static Map<String, String> fields(Object source, String integration, JsonNode node) {
    if (!node.isObject()) {
      throw new SecretNotFoundException("The secret of " + integration + " in " + source + " must be an object of fields");
    }
    Map<String, String> fields = new HashMap<>();
    node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : Json.write(e.getValue())));
    return fields;
  }

  private static void warnIfShared(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
        LOG.warn("The secrets file {} is readable by others than its owner: chmod 600 it", file);
      }
    } catch (UnsupportedOperationException notPosix) {
      // Not a POSIX file system: nothing to check.
    }
  }
}
