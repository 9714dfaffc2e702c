package dev.opsflow.shared.workflow;

import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.ConfigSource;
import dev.opsflow.shared.crm.BuiltInCrm;
import dev.opsflow.shared.crm.ContactMapping;
import dev.opsflow.shared.crm.CrmPort;
import dev.opsflow.shared.crm.HubSpotCrm;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.secrets.Secrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Builds the adapters a step's environment selects; read only in handler constructors. {@code OPSFLOW_NOTIFIER}:
 * {@code capture} (default: the local outbox, nothing leaves the machine) or {@code aws} (SES, SNS, Slack; see
 * {@link AwsNotifiers}). {@code OPSFLOW_CRM}: {@code builtin} (default: the customers table) or {@code hubspot}
 * (its private app token is the {@code hubspot} integration secret's {@code access_token}, read through the
 * {@link Secrets} store the environment names; {@code OPSFLOW_HUBSPOT_API_URL} points at another server than
 * HubSpot's API).
 */
public final class StepWiring {
  private StepWiring() {}

  /** The notification service the environment names. */
  public static NotificationService notifications(Map<String, String> env, DataSource dataSource) {
    NotificationStore store = new NotificationStore(dataSource);
    return switch (env.getOrDefault("OPSFLOW_NOTIFIER", "capture")) {
      case "capture" -> NotificationService.capturing(store);
      case "aws" -> new NotificationService(store, AwsNotifiers.from(env));
      default -> throw new IllegalArgumentException("OPSFLOW_NOTIFIER must be capture or aws, was " + env.get("OPSFLOW_NOTIFIER"));
    };
  }

  /** The CRM the environment names. */
  public static CrmPort crm(Map<String, String> env, DataSource dataSource) {
    PhoneNumbers phones = PhoneNumbers.us();
    return switch (env.getOrDefault("OPSFLOW_CRM", "builtin")) {
      case "builtin" -> new BuiltInCrm(new CustomerStore(dataSource), phones);
      case "hubspot" -> new HubSpotCrm(
          HttpClient.newHttpClient(),
          URI.create(env.getOrDefault("OPSFLOW_HUBSPOT_API_URL", HubSpotCrm.API.toString())),
          Secrets.scoped(env, "hubspot").get("hubspot").require("access_token"),
          contactMapping(ConfigLoader.sourceFrom(env)),
          phones);
      default -> throw new IllegalArgumentException("OPSFLOW_CRM must be builtin or hubspot, was " + env.get("OPSFLOW_CRM"));
    };
  }

  private static ContactMapping contactMapping(ConfigSource source) {
    return ContactMapping.fromConfig(Json.parse(source.read("crm-mapping.json")
        .orElseThrow(() -> new IllegalStateException(source.describe("crm-mapping.json") + ": missing"))));
  }

  static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
