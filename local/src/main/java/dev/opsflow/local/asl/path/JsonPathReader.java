package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.opsflow.shared.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates one JSONPath ({@code $...}) against one document with Jayway JsonPath, the library AWS
 * itself runs (its error texts leak into AWS's messages), adapted to what AWS returns:
 *
 * <ul>
 *   <li>a definite path yields its single node, or {@link PathLookup.Missing} with Jayway's reason;
 *   <li>an indefinite path (wildcard, slice, filter, deep scan) always yields an array, empty when
 *       nothing matches, even when its parent is missing ({@code $.items[*]} on {@code {}} is
 *       {@code []});
 *   <li>an array index out of bounds finds nothing (Jackson would hand back null);
 *   <li>functions such as {@code length()} are not supported: AWS reads them as property names;
 *   <li>a backslash inside a quoted bracket name stays literal, as in AWS's older Jayway.
 * </ul>
 */
final class JsonPathReader {
  private static final Configuration DEFINITE = configuration(Json.MAPPER);
  private static final Configuration INDEFINITE = DEFINITE.addOptions(Option.SUPPRESS_EXCEPTIONS);
  private static final Pattern TRAILING_FUNCTION =
      Pattern.compile("^(.*)\\.([A-Za-z_][A-Za-z0-9_]*\\(\\))$");

  private JsonPathReader() {}

  /** Evaluates {@code path} (which starts with {@code $}) against {@code document}. */
  static PathLookup read(JsonNode document, String path) {
    if (path.equals("$")) {
      return new PathLookup.Found(document.deepCopy());
    }
    Matcher function = TRAILING_FUNCTION.matcher(path);
    if (function.matches()) {
      return readFunctionAsProperty(document, path, function.group(1), function.group(2));
    }
    JsonPath compiled;
    try {
      compiled = JsonPath.compile(keepBackslashesInQuotedNames(path));
    } catch (InvalidPathException e) {
      return new PathLookup.Missing(path, document, e.getMessage());
    }
    if (!compiled.isDefinite()) {
      Object matches = JsonPath.using(INDEFINITE).parse(document).read(compiled);
      return new PathLookup.Found(
          matches instanceof JsonNode node ? node.deepCopy() : Json.MAPPER.createArrayNode());
    }
    try {
      Object value = JsonPath.using(DEFINITE).parse(document).read(compiled);
      return new PathLookup.Found(
          value instanceof JsonNode node ? node.deepCopy() : Json.MAPPER.nullNode());
    } catch (PathNotFoundException e) {
      return new PathLookup.Missing(path, document, e.getMessage());
    }
  }

  /**
   * AWS reports {@code $.list.length()} as a missing property {@code ['length()']} of {@code
   * $['list']}.
   */
  private static PathLookup readFunctionAsProperty(
      JsonNode document, String path, String owner, String name) {
    PathLookup ownerLookup = read(document, owner);
    if (ownerLookup instanceof PathLookup.Missing missing) {
      return new PathLookup.Missing(path, document, missing.reason());
    }
    String ownerPath =
        owner.equals("$") ? "$" : JsonPath.compile(keepBackslashesInQuotedNames(owner)).getPath();
    return new PathLookup.Missing(
        path, document, "Property ['" + name + "'] not found in path " + ownerPath);
  }

  /**
   * Jayway 3 unescapes {@code \"} inside {@code ['...']}; AWS matches such names literally (a key
   * {@code a\"b} is found by {@code $['a\"b']}), so every backslash not escaping the closing quote
   * or another backslash is doubled before compiling.
   */
  static String keepBackslashesInQuotedNames(String path) {
    if (path.indexOf('\\') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 8);
    char quote = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (quote == 0) {
        if ((c == '\'' || c == '"') && i > 0 && path.charAt(i - 1) == '[') {
          quote = c;
        }
        out.append(c);
      } else if (c == '\\') {
        char next = i + 1 < path.length() ? path.charAt(i + 1) : 0;
        if (next == quote || next == '\\') {
          out.append(c).append(next);
          i++;
        } else {
          out.append("\\\\");
        }
      } else {
        if (c == quote) {
          quote = 0;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Configuration configuration(ObjectMapper mapper) {
    return Configuration.builder()
        .jsonProvider(new BoundedArrayProvider(mapper))
        .mappingProvider(new JacksonMappingProvider(mapper))
        .build();
  }

  /** Makes an out-of-bounds index a miss: Jayway skips the hit when the provider throws this. */
  private static final class BoundedArrayProvider extends JacksonJsonNodeJsonProvider {
    BoundedArrayProvider(ObjectMapper mapper) {
      super(mapper);
    }

    @Override
    public Object getArrayIndex(Object array, int index) {
      if (array instanceof ArrayNode node && (index < 0 || index >= node.size())) {
        throw new IndexOutOfBoundsException(index);
      }
      return super.getArrayIndex(array, index);
    }
  }
}
