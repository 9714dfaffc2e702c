package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statemachines/*.asl.json passes {@code asl-validator} once its placeholders hold dummy values of the right
 * shape (a Lambda alias ARN for {@code *_function_arn}, a state machine ARN for {@code *_state_machine_arn}, ...),
 * as templatefile() would leave it.
 */
public final class AslValidatorCheck implements Check {
  private static final Pattern PLACEHOLDER = Pattern.compile("(\\$?)\\$\\{([^}]*)}");
  private static final String ACCOUNT = "us-east-1:123456789012";

  @Override
  public String name() {
    return "asl";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    ObjectNode definitions = Repository.MAPPER.createObjectNode();
    for (Path file : context.repo().aslFiles()) {
      String subject = context.repo().root().relativize(file).toString();
      try {
        definitions.set(subject, Repository.MAPPER.readTree(render(Repository.read(file))));
      } catch (IOException e) {
        findings.add(new Finding(name(), subject, "is not valid JSON once rendered: " + e.getMessage()));
      }
    }
    if (definitions.isEmpty()) {
      return findings;
    }
    try {
      Path input = Files.createTempFile("asl-definitions-", ".json");
      try {
        Repository.MAPPER.writeValue(input.toFile(), definitions);
        JsonNode results = context.tools().run("asl", input);
        results.properties().forEach(r -> {
          if (!r.getValue().path("ok").asBoolean()) {
            findings.add(new Finding(name(), r.getKey(), "asl-validator: " + r.getValue().path("errors").asText()));
          }
        });
      } finally {
        Files.deleteIfExists(input);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }

  /** The template with every placeholder replaced by a dummy of its kind and {@code $${} by {@code ${}. */
  static String render(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group(1).isEmpty() ? dummy(m.group(2)) : "${" + m.group(2) + "}";
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String dummy(String placeholder) {
    String base = placeholder.replaceAll("_(function_arn|state_machine_arn|topic_arn|bus_arn|bucket_arn|role_arn|arn|name|url)$", "").replace('_', '-');
    if (placeholder.endsWith("_function_arn")) {
      return "arn:aws:lambda:" + ACCOUNT + ":function:opsflow-check-" + base + ":live";
    } else if (placeholder.endsWith("_state_machine_arn")) {
      return "arn:aws:states:" + ACCOUNT + ":stateMachine:opsflow-check-" + base;
    } else if (placeholder.endsWith("_topic_arn")) {
      return "arn:aws:sns:" + ACCOUNT + ":opsflow-check-" + base;
    } else if (placeholder.endsWith("_bus_arn")) {
      return "arn:aws:events:" + ACCOUNT + ":event-bus/opsflow-check-" + base;
    } else if (placeholder.endsWith("_bucket_arn")) {
      return "arn:aws:s3:::opsflow-check-" + base;
    } else if (placeholder.endsWith("_role_arn")) {
      return "arn:aws:iam::123456789012:role/opsflow-check-" + base;
    } else if (placeholder.endsWith("_arn")) {
      return "arn:aws:sqs:" + ACCOUNT + ":opsflow-check-" + base;
    } else if (placeholder.endsWith("_url")) {
      return "https://opsflow-check.example/" + base;
    }
    return "opsflow-check-" + base;
  }
}
