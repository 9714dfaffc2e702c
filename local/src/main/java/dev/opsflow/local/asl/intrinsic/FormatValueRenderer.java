package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a value the way States.Format prints it: strings bare, other scalars as JSON text, and
 * containers the way Java prints maps and lists, which is what AWS shows: {@code {Id=arn:...,
 * Name=x}} and {@code [1, a, null]}.
 */
final class FormatValueRenderer {
  private FormatValueRenderer() {}

  static String render(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(element -> elements.add(render(element)));
      return "[" + String.join(", ", elements) + "]";
    }
    if (value.isObject()) {
      List<String> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        members.add(member.getKey() + "=" + render(member.getValue()));
      }
      return "{" + String.join(", ", members) + "}";
    }
    return value.toString();
  }
}
