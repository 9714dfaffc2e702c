package dev.opsflow.shared.ingress.webhook;

import dev.opsflow.shared.ingress.InboundKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The machine sources allowed to post signed webhooks, each with what its messages are: {@code intake} (service
 * requests, as a person would send), {@code events} (entity updates, applied in order per entity) or {@code
 * contract} (an e-signature service's signed contracts, {@link SignedContracts}). Written {@code
 * crm=events,answering-service=intake,esign=contract}; a name is lower-case letters, digits and dashes. Each source signs
 * with its own secret: the {@code signing_secret} of integration {@code webhook-<name>} in the secrets store.
 */
public record WebhookSources(Map<String, InboundKind> kinds) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public WebhookSources {
    kinds = Map.copyOf(kinds);
  }

  public static WebhookSources none() {
    return new WebhookSources(Map.of());
  }

  public static WebhookSources parse(String text) {
    Map<String, InboundKind> kinds = new LinkedHashMap<>();
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] parts = item.split("=", 2);
      String name = parts[0].trim();
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("OPSFLOW_WEBHOOK_SOURCES: '" + name + "' is not a source name ([a-z0-9-])");
      }
      try {
        kinds.put(name, parts.length == 1 ? InboundKind.INTAKE : InboundKind.of(parts[1]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("OPSFLOW_WEBHOOK_SOURCES: source " + name + " must be intake, events or contract, not '" + parts[1] + "'", e);
      }
    }
    return new WebhookSources(kinds);
  }

  public Optional<InboundKind> kindOf(String source) {
    return Optional.ofNullable(kinds.get(source));
  }

  /** The secrets integration holding {@code source}'s signing secret. */
  public static String integration(String source) {
    return "webhook-" + source;
  }
}
