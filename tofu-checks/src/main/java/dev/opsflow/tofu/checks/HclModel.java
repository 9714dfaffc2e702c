package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tofu sources as {@code @cdktf/hcl2json} sees them: one JSON tree per file, where literal values stay JSON
 * and expressions are strings ({@code "${local.functions}"}). Parses are cached by file content, so checking many
 * small fixtures costs one Node start.
 */
public final class HclModel {
  /** One file: its tree, or why it did not parse. */
  public record Parsed(Path file, JsonNode json, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** One block ({@code module "function" {...}}, {@code variable "name" {...}}) with the file it is in. */
  public record Block(Path file, String name, JsonNode body) {
    public Path dir() {
      return file.getParent();
    }
  }

  private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

  private final List<Parsed> files;

  private HclModel(List<Parsed> files) {
    this.files = List.copyOf(files);
  }

  /** Parses {@code files} (only those not parsed before, in one Node run). */
  public static HclModel parse(List<Path> files, NodeTools tools) {
    Map<Path, String> contents = new LinkedHashMap<>();
    files.forEach(f -> contents.put(f, Repository.read(f)));
    List<Path> missing = contents.keySet().stream().filter(f -> !CACHE.containsKey(contents.get(f))).toList();
    if (!missing.isEmpty()) {
      try {
        Path list = Files.createTempFile("tofu-files-", ".txt");
        try {
          Files.write(list, missing.stream().map(p -> p.toAbsolutePath().toString()).toList());
          JsonNode out = tools.run("hcl", list);
          for (Path f : missing) {
            JsonNode result = out.path(f.toAbsolutePath().toString());
            CACHE.put(contents.get(f), result.path("ok").asBoolean()
                ? new Parsed(f, result.path("json"), null)
                : new Parsed(f, null, result.path("error").asText("no result")));
          }
        } finally {
          Files.deleteIfExists(list);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Parsed> parsed = new ArrayList<>();
    contents.forEach((file, content) -> {
      Parsed cached = CACHE.get(content);
      parsed.add(new Parsed(file, cached.json(), cached.error()));
    });
    return new HclModel(parsed);
  }

  public List<Parsed> files() {
    return files;
  }

  /** Every {@code module} block. */
  public List<Block> modules() {
    return blocks("module");
  }

  /** Every {@code variable} block. */
  public List<Block> variables() {
    return blocks("variable");
  }

  /** Every {@code resource "<type>" "<name>"} block of one type, named by its resource name. */
  public List<Block> resources(String type) {
    List<Block> blocks = new ArrayList<>();
    for (Parsed p : files) {
      if (p.ok()) {
        p.json().path("resource").path(type).properties().forEach(e -> e.getValue().forEach(body -> blocks.add(new Block(p.file(), e.getKey(), body))));
      }
    }
    return blocks;
  }

  /** The locals of one directory (one tofu module), by name. */
  public Map<String, JsonNode> locals(Path dir) {
    Map<String, JsonNode> locals = new LinkedHashMap<>();
    for (Parsed p : files) {
      if (p.ok() && p.file().getParent().equals(dir)) {
        p.json().path("locals").forEach(block -> block.properties().forEach(e -> locals.put(e.getKey(), e.getValue())));
      }
    }
    return locals;
  }

  private List<Block> blocks(String kind) {
    List<Block> blocks = new ArrayList<>();
    for (Parsed p : files) {
      if (p.ok()) {
        p.json().path(kind).properties().forEach(e -> e.getValue().forEach(body -> blocks.add(new Block(p.file(), e.getKey(), body))));
      }
    }
    return blocks;
  }
}
