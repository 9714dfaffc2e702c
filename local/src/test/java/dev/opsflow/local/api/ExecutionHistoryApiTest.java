package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;

class ExecutionHistoryApiTest {
  private static final String TWO_PASSES =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},\"B\":{\"Type\":\"Pass\",\"Result\":{\"done\":true},\"End\":true}}}";
  private LocalSfn local;
  private String executionArn;
  private Instant started;

  @BeforeEach
  void runExecution() throws IOException {
    local = new LocalSfn();
    started = Instant.now().minusSeconds(1);
    executionArn = local.start(local.createMachine("two", TWO_PASSES), "h", "{\"in\":1}");
    local.awaitEnd(executionArn);
  }

  @AfterEach
  void stopServer() {
    local.close();
  }

  @Test
  void history_hasAwsEventsWithEpochTimestamps() {
    // GIVEN a finished execution / WHEN its history is read in one page
    GetExecutionHistoryResponse history = local.sfn.getExecutionHistory(b -> b.executionArn(executionArn));

    // THEN AWS's event sequence, ids and timestamps
    assertThat(history.events()).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
        HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(history.events()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(history.events()).allSatisfy(e -> assertThat(e.timestamp()).isBetween(started, Instant.now()));
    assertThat(history.events().get(0).executionStartedEventDetails().input()).isEqualTo("{\"in\":1}");
    assertThat(history.events().get(5).executionSucceededEventDetails().output()).isEqualTo("{\"done\":true}");
    assertThat(history.nextToken()).isNull();
  }

  @Test
  void history_pagesForwardAndInReverse() {
    // GIVEN a finished execution with six events / WHEN read four at a time, both ways
    List<Long> forward = ids(false);
    List<Long> reverse = ids(true);

    // THEN every event comes once, in the requested order
    assertThat(forward).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(reverse).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void historyWithoutExecutionData_omitsPayloads() {
    // GIVEN a finished execution / WHEN read without execution data
    GetExecutionHistoryResponse history = local.sfn.getExecutionHistory(b -> b.executionArn(executionArn).includeExecutionData(false));

    // THEN inputs and outputs are left out
    assertThat(history.events().get(0).executionStartedEventDetails().input()).isNull();
    assertThat(history.events().get(0).executionStartedEventDetails().roleArn()).isNotNull();
    assertThat(history.events().get(5).executionSucceededEventDetails().output()).isNull();
  }

  @Test
  void foreignNextToken_isInvalidToken() {
    // GIVEN a forward token / WHEN used for a reverse read or garbled / THEN InvalidToken
    String token = local.sfn.getExecutionHistory(b -> b.executionArn(executionArn).maxResults(2)).nextToken();
    assertThatThrownBy(() -> local.sfn.getExecutionHistory(b -> b.executionArn(executionArn).reverseOrder(true).nextToken(token)))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> local.sfn.getExecutionHistory(b -> b.executionArn(executionArn).nextToken("garbage!")))
        .isInstanceOf(InvalidTokenException.class);
  }

  private List<Long> ids(boolean reverse) {
    List<Long> ids = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      GetExecutionHistoryResponse page =
          local.sfn.getExecutionHistory(b -> b.executionArn(executionArn).maxResults(4).reverseOrder(reverse).nextToken(next));
      page.events().forEach(e -> ids.add(e.id()));
      token = page.nextToken();
    } while (token != null);
    return ids;
  }
}
