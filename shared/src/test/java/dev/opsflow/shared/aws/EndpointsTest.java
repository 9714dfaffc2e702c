package dev.opsflow.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {
  @Test
  void variable_givesTheEndpoint_andUnsetMeansAwsOwn() {
    // GIVEN a Lambda's environment with and without the variable (a name no other test installs)
    String variable = "OPSFLOW_TEST_ENDPOINT_A";
    // WHEN resolved THEN the variable's URL, or empty (the SDK's regional endpoint)
    assertThat(Endpoints.of(variable, Map.of(variable, " http://localhost:8083 "))).contains(URI.create("http://localhost:8083"));
    assertThat(Endpoints.of(variable, Map.of(variable, " "))).isEmpty();
    assertThat(Endpoints.of(variable, Map.of())).isEmpty();
    assertThatThrownBy(() -> Endpoints.of(variable, Map.of(variable, "http://bad host"))).hasMessageContaining(variable + " must be a URL");
  }

  @Test
  void installedEndpoint_winsOverTheVariable() {
    // GIVEN a node that installed its own endpoint, and a process environment naming another
    String variable = "OPSFLOW_TEST_ENDPOINT_B";
    Endpoints.install(variable, URI.create("http://localhost:18083"));
    // WHEN resolved THEN the installed one (in-process handlers cannot have their own environment)
    assertThat(Endpoints.of(variable, Map.of(variable, "http://elsewhere:1"))).contains(URI.create("http://localhost:18083"));
  }
}
