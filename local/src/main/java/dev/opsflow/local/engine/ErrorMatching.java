package dev.opsflow.local.engine;

import dev.opsflow.local.asl.StatesErrors;
import java.util.List;

/** How Retry and Catch match an error name, with AWS's wildcard rules. */
final class ErrorMatching {
  private ErrorMatching() {}

  static boolean matches(List<String> errorEquals, String error) {
    for (String name : errorEquals) {
      if (name.equals(error)) {
        return true;
      }
      // States.ALL matches every error but States.Runtime (terminal) and States.DataLimitExceeded.
      if (StatesErrors.ALL.equals(name)
          && !StatesErrors.RUNTIME.equals(error)
          && !StatesErrors.DATA_LIMIT_EXCEEDED.equals(error)) {
        return true;
      }
      // States.TaskFailed matches any error except States.Timeout (and the terminal ones States.ALL skips).
      if (StatesErrors.TASK_FAILED.equals(name)
          && !StatesErrors.TIMEOUT.equals(error)
          && !StatesErrors.RUNTIME.equals(error)
          && !StatesErrors.DATA_LIMIT_EXCEEDED.equals(error)) {
        return true;
      }
    }
    return false;
  }
}
