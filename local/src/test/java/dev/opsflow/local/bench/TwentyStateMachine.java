package dev.opsflow.local.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;

/** Builds the benchmark's machine: a chain cycling Pass, Choice and Task states. */
final class TwentyStateMachine {
  private TwentyStateMachine() {}

  static String definition(int states) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("StartAt", "S0");
    ObjectNode all = root.putObject("States");
    for (int i = 0; i < states; i++) {
      String next = "S" + (i + 1);
      ObjectNode state = all.putObject("S" + i);
      // The chain cycles Pass, Choice, Task; the last state is a Pass (a Choice cannot end a machine).
      switch (i == states - 1 ? 0 : i % 3) {
        case 0 -> {
          state.put("Type", "Pass");
          state.putObject("Parameters").put("count.$", "$.count").put("customer.$", "$.customer").put("step", i);
          state.put("ResultPath", "$");
        }
        case 1 -> {
          state.put("Type", "Choice");
          state.putArray("Choices").addObject().put("Variable", "$.customer.tier").put("StringEquals", "gold").put("Next", next);
          state.put("Default", next);
        }
        default -> {
          state.put("Type", "Task");
          state.put("Resource", "arn:aws:lambda:us-east-1:111111111111:function:score");
          state.put("ResultPath", "$");
        }
      }
      if (!"Choice".equals(state.get("Type").asText())) {
        if (i == states - 1) {
          state.put("End", true);
        } else {
          state.put("Next", next);
        }
      }
    }
    return Json.write(root);
  }
}
