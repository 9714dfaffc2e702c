package dev.opsflow.shared.ingress.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.ingress.IngressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"contact.updated\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void knownVector_matchesHmacSha256OverTimestampDotBody() {
    // GIVEN secret "whsec_test", timestamp 1700000000 and body "{}" (digest computed independently with openssl:
    // printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_test)
    // WHEN signed
    String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8));
    // THEN it is v1=<that hex digest>
    assertThat(signature).isEqualTo("v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91");
  }

  @Test
  void signedNow_verifies() {
    // GIVEN a request signed with the source's secret just now
    long ts = NOW.getEpochSecond();
    String signature = WebhookSignature.sign("secret-1", ts, BODY);
    // WHEN verified THEN nothing is thrown
    assertThatCode(() -> verify(List.of("secret-1"), String.valueOf(ts), signature, BODY)).doesNotThrowAnyException();
  }

  @Test
  void staleTimestamp_isRefusedEvenWithAValidSignature() {
    // GIVEN a correctly signed request from six minutes ago
    long ts = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
    String signature = WebhookSignature.sign("secret-1", ts, BODY);
    // WHEN verified THEN 401 naming the replay window
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts), signature, BODY))
        .isInstanceOfSatisfying(IngressException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("replay window");
  }

  @Test
  void wrongSecret_tamperedBody_orMovedTimestamp_areRefused() {
    long ts = NOW.getEpochSecond();
    String signature = WebhookSignature.sign("attacker", ts, BODY);
    String good = WebhookSignature.sign("secret-1", ts, BODY);
    // GIVEN a signature by another secret, a body changed after signing, a timestamp changed after signing
    // WHEN verified THEN each is a 401
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts), signature, BODY)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts), good, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts - 1), good, BODY)).hasMessageContaining("does not match");
  }

  @Test
  void missingOrGarbledHeaders_areRefusedByName() {
    long ts = NOW.getEpochSecond();
    String good = WebhookSignature.sign("secret-1", ts, BODY);
    assertThatThrownBy(() -> WebhookSignature.verify(List.of("secret-1"), Optional.empty(), Optional.of(good), BODY, NOW, WINDOW))
        .hasMessageContaining("Missing X-Opsflow-Timestamp");
    assertThatThrownBy(() -> WebhookSignature.verify(List.of("secret-1"), Optional.of(String.valueOf(ts)), Optional.empty(), BODY, NOW, WINDOW))
        .hasMessageContaining("Missing X-Opsflow-Signature");
    assertThatThrownBy(() -> verify(List.of("secret-1"), "yesterday", good, BODY)).hasMessageContaining("Unix seconds");
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts), "v1=not-hex", BODY)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> verify(List.of("secret-1"), String.valueOf(ts), good.substring(3), BODY)).hasMessageContaining("does not match");
  }

  @Test
  void rotation_acceptsThePreviousSecret_andAnyOfSeveralSignatures() {
    // GIVEN a sender still on the previous secret, and one sending both signatures
    long ts = NOW.getEpochSecond();
    String old = WebhookSignature.sign("old", ts, BODY);
    String both = WebhookSignature.sign("new", ts, BODY) + ", " + old;
    // WHEN verified against [new, old] THEN both pass
    assertThatCode(() -> verify(List.of("new", "old"), String.valueOf(ts), old, BODY)).doesNotThrowAnyException();
    assertThatCode(() -> verify(List.of("new"), String.valueOf(ts), both, BODY)).doesNotThrowAnyException();
  }

  private static void verify(List<String> secrets, String ts, String signature, byte[] body) {
    WebhookSignature.verify(secrets, Optional.of(ts), Optional.of(signature), body, NOW, WINDOW);
  }
}
