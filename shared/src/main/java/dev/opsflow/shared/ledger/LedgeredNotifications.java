package dev.opsflow.shared.ledger;

import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.notify.CapturingNotifier;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.notify.Notifier;
import dev.opsflow.shared.notify.SesEmailNotifier;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Email notifications for workflow steps, every one ledgered ({@link LedgeredNotifier}): through Amazon SES when
 * {@code OPSFLOW_SES_FROM} names the verified sender (optionally {@code OPSFLOW_SES_CONFIGURATION_SET}), else
 * captured in the local outbox ({@code notifications}, shown by the dashboard). A function that may use SES
 * declares {@code software.amazon.awssdk:sesv2} and {@code url-connection-client}.
 */
public final class LedgeredNotifications {
  private LedgeredNotifications() {}

  public static NotificationService fromEnvironment(Map<String, String> env) {
    NotificationStore store = new NotificationStore(AppDatabase.get());
    String from = env.get("OPSFLOW_SES_FROM");
    Notifier email = from == null || from.isBlank() ? new CapturingNotifier(store) : Ses.notifier(from, env.get("OPSFLOW_SES_CONFIGURATION_SET"));
    Clock clock = Clock.systemUTC();
    return new NotificationService(store, Map.of(NotifyChannel.EMAIL, new LedgeredNotifier(email, new PostgresLedger(AppDatabase.get()), clock)));
  }

  /** Separate, so the SES SDK is loaded only where it is configured. */
  private static final class Ses {
    static Notifier notifier(String from, String configurationSet) {
      SesV2Client client = SesV2Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
      return new SesEmailNotifier(client, from, configurationSet == null || configurationSet.isBlank() ? null : configurationSet);
    }
  }
}
