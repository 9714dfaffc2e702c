package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Request and response of TestState, with AWS's member names. */
public final class TestStateShapes {
  private TestStateShapes() {}

  /**
   * {@code definition} is one state, or a whole machine with {@code stateName} naming the state to test;
   * {@code variables} is a JSON object text of variables in scope.
   */
  public record TestStateRequest(
      String definition,
      String roleArn,
      String input,
      String inspectionLevel,
      Boolean revealSecrets,
      String variables,
      String stateName,
      JsonNode mock,
      String context,
      JsonNode stateConfiguration) {}

  public record TestStateResponse(String status, String output, String error, String cause, String nextState) {}
}
