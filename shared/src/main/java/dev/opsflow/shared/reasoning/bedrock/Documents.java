package dev.opsflow.shared.reasoning.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Converts between Jackson trees and the AWS SDK's {@link Document} (tool schemas in, tool input out). */
final class Documents {
  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  private Documents() {}

  static Document fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Document.fromNull();
    }
    if (node.isObject()) {
      Map<String, Document> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), fromJson(e.getValue())));
      return Document.fromMap(map);
    }
    if (node.isArray()) {
      List<Document> list = new ArrayList<>();
      node.forEach(item -> list.add(fromJson(item)));
      return Document.fromList(list);
    }
    if (node.isBoolean()) {
      return Document.fromBoolean(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return Document.fromNumber(node.bigIntegerValue());
    }
    if (node.isNumber()) {
      return Document.fromNumber(node.decimalValue());
    }
    return Document.fromString(node.asText());
  }

  static JsonNode toJson(Document doc) {
    if (doc == null || doc.isNull()) {
      return NODES.nullNode();
    }
    if (doc.isMap()) {
      ObjectNode object = NODES.objectNode();
      doc.asMap().forEach((key, value) -> object.set(key, toJson(value)));
      return object;
    }
    if (doc.isList()) {
      ArrayNode array = NODES.arrayNode();
      doc.asList().forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (doc.isBoolean()) {
      return NODES.booleanNode(doc.asBoolean());
    }
    if (doc.isNumber()) {
      return NODES.numberNode(doc.asNumber().bigDecimalValue());
    }
    return NODES.textNode(doc.asString());
  }
}
