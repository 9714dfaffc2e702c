package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error object the Python Lambda runtime reports when a handler raises: {@code {"errorMessage", "errorType",
 * "requestId", "stackTrace"}}, in that order. The stack trace has one frame, the {@code raise} line of the
 * handler's source as deployed to {@code /var/task/handler.py}, exactly as AWS recorded it, e.g.
 * {@code   File "/var/task/handler.py", line 2, in handler\n    raise Exception("...")\n}.
 */
public final class PythonErrorObject {
  static final String HANDLER_FILE = "/var/task/handler.py";
  private static final Pattern DEF = Pattern.compile("^\\s*def\\s+(\\w+)\\s*\\(");

  private PythonErrorObject() {}

  /** The runtime's error object for {@code source} raising {@code errorType(errorMessage)}. */
  public static ObjectNode of(String source, String errorType, String errorMessage, String requestId) {
    ObjectNode error = Json.MAPPER.createObjectNode();
    error.put("errorMessage", errorMessage);
    error.put("errorType", errorType);
    error.put("requestId", requestId);
    var stackTrace = error.putArray("stackTrace");
    stackFrame(source).ifPresent(stackTrace::add);
    return error;
  }

  /** The frame of the first {@code raise} statement of {@code source}, when it has one. */
  static Optional<String> stackFrame(String source) {
    List<String> lines = source.lines().toList();
    String function = "<module>";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher def = DEF.matcher(line);
      if (def.find()) {
        function = def.group(1);
      } else if (line.strip().startsWith("raise")) {
        return Optional.of(
            "  File \"%s\", line %d, in %s\n    %s\n".formatted(HANDLER_FILE, i + 1, function, line.strip()));
      }
    }
    return Optional.empty();
  }
}
