package dev.opsflow.shared.ingress.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the example values of Twilio's security documentation (auth token 12345). */
class TwilioSignatureTest {
  private static final String TOKEN = "12345";
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

  private static List<Map.Entry<String, String>> params(String caller) {
    return List.of(
        Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("Caller", caller), Map.entry("Digits", "1234"), Map.entry("From", caller),
        Map.entry("To", "+18005551212"));
  }

  @Test
  void documentedExamples_computeTwiliosSignatures() {
    // GIVEN Twilio's documented request (two editions of the docs, with different caller numbers)
    // WHEN signed THEN the documented X-Twilio-Signature values come out
    assertThat(TwilioSignature.compute(TOKEN, URL, params("+14158675309"))).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    assertThat(TwilioSignature.compute(TOKEN, URL, params("+12349013030"))).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  }

  @Test
  void parameterOrder_doesNotMatter_butEveryValueDoes() {
    // GIVEN the documented parameters in another order, and with one value changed
    List<Map.Entry<String, String>> shuffled = List.of(
        Map.entry("To", "+18005551212"), Map.entry("Digits", "1234"), Map.entry("From", "+14158675309"), Map.entry("CallSid", "CA1234567890ABCDE"),
        Map.entry("Caller", "+14158675309"));
    List<Map.Entry<String, String>> changed = List.of(
        Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("Caller", "+14158675309"), Map.entry("Digits", "9999"),
        Map.entry("From", "+14158675309"), Map.entry("To", "+18005551212"));
    // WHEN validated THEN order is irrelevant (sorted), a changed value fails, a wrong token fails
    assertThat(TwilioSignature.isValid(TOKEN, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, shuffled)).isTrue();
    assertThat(TwilioSignature.isValid(TOKEN, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, changed)).isFalse();
    assertThat(TwilioSignature.isValid("54321", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", URL, shuffled)).isFalse();
  }

  @Test
  void defaultPort_addedOrRemovedByAProxy_stillValidates() {
    // GIVEN the request as seen behind a proxy that adds :443
    // WHEN validated THEN the signature Twilio computed for the URL without the port matches
    assertThat(TwilioSignature.isValid(TOKEN, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "https://mycompany.com:443/myapp.php?foo=1&bar=2", params("+14158675309")))
        .isTrue();
    assertThat(TwilioSignature.urlVariants("http://localhost:8081/twilio/sms"))
        .containsExactly("http://localhost:8081/twilio/sms");
    assertThat(TwilioSignature.urlVariants("http://example.com/twilio/sms"))
        .containsExactlyInAnyOrder("http://example.com/twilio/sms", "http://example.com:80/twilio/sms");
  }
}
