package dev.opsflow.tofu.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.tofu.checks.Repository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code scripts/cost}: prints the monthly bill for each request volume and each variant of the cost-model file, as
 * Markdown. Usage: {@code CostCli <repo root> [--requests-per-month N[,N...]] [--pricing FILE] [--model FILE]}.
 */
public final class CostCli {
  private CostCli() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<Long> volumes = new ArrayList<>(List.of(1_000L, 10_000L, 100_000L));
    Path pricing = root.resolve("tofu/pricing/us-east-1-2026-11.json");
    Path model = root.resolve("tofu/pricing/cost-model.json");
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--requests-per-month" -> {
          volumes.clear();
          for (String n : args[i + 1].split(",")) {
            volumes.add(Long.parseLong(n.trim()));
          }
        }
        case "--pricing" -> pricing = Path.of(args[i + 1]);
        case "--model" -> model = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    JsonNode prices = Repository.readJson(pricing);
    JsonNode params = Repository.readJson(model);
    CostModel cost = new CostModel(new Repository(root), prices, params);
    StringBuilder out = new StringBuilder();
    out.append("Prices: ").append(root.relativize(pricing.toAbsolutePath())).append(" (").append(prices.path("region").asText()).append(", ")
        .append(prices.path("date").asText()).append("); parameters: ").append(root.relativize(model.toAbsolutePath())).append("\n\n");
    out.append("| process | executions per request | transitions per execution (weighted over paths) | Lambda calls per execution |\n| --- | ---: | ---: | --- |\n");
    cost.profiles().forEach(p -> out.append(String.format("| %s | %.2f | %.1f | %s |%n", p.process(), p.executionsPerRequest(), p.transitions(), calls(p.invocations()))));
    for (var variant : params.path("variants").properties()) {
      out.append("\n### ").append(variant.getKey()).append("\n\n| item |");
      volumes.forEach(n -> out.append(String.format(" %,d requests/month |", n)));
      out.append("\n| --- |").append(" ---: |".repeat(volumes.size())).append("\n");
      List<List<CostModel.Line>> bills = volumes.stream().map(n -> cost.bill(n, variant.getValue())).toList();
      for (int line = 0; line < bills.get(0).size(); line++) {
        out.append("| ").append(bills.get(bills.size() - 1).get(line).item().replaceAll(": [0-9].*(transitions|invocations|agent calls)$", "")).append(" |");
        for (List<CostModel.Line> bill : bills) {
          out.append(String.format(" $%.2f |", bill.get(line).usd()));
        }
        out.append("\n");
      }
      appendTotal(out, "orchestration + AI (Step Functions, Lambda, Bedrock)", bills, 3);
      appendTotal(out, "**total**", bills, Integer.MAX_VALUE);
    }
    System.out.print(out);
  }

  private static void appendTotal(StringBuilder out, String label, List<List<CostModel.Line>> bills, int firstLines) {
    out.append("| ").append(label).append(" |");
    for (List<CostModel.Line> bill : bills) {
      out.append(String.format(" **$%.2f** |", bill.stream().limit(firstLines).mapToDouble(CostModel.Line::usd).sum()));
    }
    out.append("\n");
  }

  /** {@code record-request 1, apply-review 0.3}: each function's calls per execution, largest first. */
  private static String calls(Map<String, Double> invocations) {
    return invocations.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + BigDecimal.valueOf(e.getValue()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
        .collect(Collectors.joining(", "));
  }
}
