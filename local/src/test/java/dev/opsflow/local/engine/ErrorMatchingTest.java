package dev.opsflow.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMatchingTest {
  @Test
  void statesAll_matchesEverythingButTheTerminalErrors() {
    List<String> all = List.of("States.ALL");
    assertThat(ErrorMatching.matches(all, "java.lang.IllegalStateException")).isTrue();
    assertThat(ErrorMatching.matches(all, "States.Timeout")).isTrue();
    assertThat(ErrorMatching.matches(all, "States.Runtime")).isFalse();
    assertThat(ErrorMatching.matches(all, "States.DataLimitExceeded")).isFalse();
  }

  @Test
  void statesTaskFailed_matchesAnyErrorExceptATimeout() {
    List<String> taskFailed = List.of("States.TaskFailed");
    assertThat(ErrorMatching.matches(taskFailed, "Lambda.ServiceException")).isTrue();
    assertThat(ErrorMatching.matches(taskFailed, "States.HeartbeatTimeout")).isTrue();
    assertThat(ErrorMatching.matches(taskFailed, "States.Timeout")).isFalse();
    assertThat(ErrorMatching.matches(taskFailed, "States.Runtime")).isFalse();
  }

  @Test
  void explicitName_matchesOnlyItself() {
    assertThat(ErrorMatching.matches(List.of("com.example.Refused"), "com.example.Refused")).isTrue();
    assertThat(ErrorMatching.matches(List.of("com.example.Refused"), "com.example.Other")).isFalse();
  }
}
