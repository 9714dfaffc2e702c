package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder names a templatefile() vars expression supplies, read from the locals it reaches: literal keys of
 * object locals, {@code <verb>_<noun>_function_arn} for every manifest function when a comprehension over the
 * lambda-function instances builds them with {@code replace(name, "-", "_")}, and {@code <process>_state_machine_arn}
 * for every ASL file when a comprehension builds those.
 */
record PlaceholderSupply(Set<String> names) {
  private static final Pattern PLACEHOLDER = Pattern.compile("(\\$?)\\$\\{([^}]*)}");

  static PlaceholderSupply of(Map<String, JsonNode> reached, Repository repo, Set<String> lambdaModuleNames) {
    Set<String> names = new TreeSet<>();
    for (JsonNode value : reached.values()) {
      if (value.isObject()) {
        value.fieldNames().forEachRemaining(names::add);
      }
      String text = Expressions.text(value);
      boolean overFunctions = lambdaModuleNames.stream().anyMatch(m -> text.contains("module." + m));
      if (text.contains("_function_arn\"") && text.contains("replace(") && overFunctions) {
        repo.manifest().forEach(f -> names.add(f.placeholder()));
      }
      if (text.contains("_state_machine_arn\"") && text.contains("replace(")) {
        repo.aslFiles().forEach(f -> names.add(Repository.process(f).replace('-', '_') + "_state_machine_arn"));
      }
    }
    return new PlaceholderSupply(names);
  }

  /** The {@code ${name}} placeholders in a template ({@code $${} is a literal and not one). */
  static Set<String> used(String template) {
    Set<String> used = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        used.add(m.group(2));
      }
    }
    return used;
  }

  /** True if the template holds a templatefile() directive opener {@code %{} that is not escaped as {@code %%{}. */
  static boolean hasDirective(String template) {
    return Pattern.compile("(?<!%)%\\{").matcher(template).find();
  }
}
