package dev.opsflow.tofu.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.tofu.checks.ManifestFunction;
import dev.opsflow.tofu.checks.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly AWS bill of one deployment at a given request volume: usage (state transitions from the paths walked
 * through each state machine, Lambda GB-seconds from the manifest's memory, Bedrock tokens per agent call at the
 * prices of the model its agent definition names (config/agents/<agent>.json), events,
 * e-mail, logs) and the fixed parts (RDS, App Runner, interface endpoints, NAT, secrets, KMS, alarms). Prices come
 * from the dated pricing file, parameters from the cost-model file.
 */
final class CostModel {
  /** One line of the bill; {@code fixed} lines do not grow with requests. */
  record Line(String item, double usd, boolean fixed) {}

  /** Per process: executions per request and the transitions and invocations of its average execution. */
  record ProcessProfile(String process, double executionsPerRequest, double transitions, Map<String, Double> invocations) {}

  private final JsonNode prices;
  private final JsonNode bedrockModels;
  private final JsonNode params;
  private final Path root;
  private final Map<String, ManifestFunction> functions = new LinkedHashMap<>();
  private final List<ProcessProfile> profiles = new ArrayList<>();

  CostModel(Repository repo, JsonNode prices, JsonNode params) {
    this.prices = prices.path("prices");
    this.bedrockModels = prices.path("bedrock_models");
    this.params = params;
    this.root = repo.root();
    repo.manifest().forEach(f -> functions.put(f.name(), f));
    for (Path asl : repo.aslFiles()) {
      String process = Repository.process(asl);
      JsonNode spec = params.path("processes").has(process) ? params.path("processes").get(process) : params.path("defaultProcess");
      profiles.add(profile(process, Repository.readJson(asl), spec));
    }
  }

  List<ProcessProfile> profiles() {
    return profiles;
  }

  private ProcessProfile profile(String process, JsonNode machine, JsonNode spec) {
    double transitions = 0;
    Map<String, Double> invocations = new LinkedHashMap<>();
    for (var path : spec.path("paths").properties()) {
      double share = path.getValue().path("share").asDouble();
      List<String> prefer = new ArrayList<>();
      path.getValue().path("prefer").forEach(p -> prefer.add(p.asText()));
      Map<String, String> pinned = new LinkedHashMap<>();
      path.getValue().path("choices").properties().forEach(e -> pinned.put(e.getKey(), e.getValue().asText()));
      PathWalker.Walk walk = new PathWalker(prefer, pinned, params.path("mapItems").asInt(1)).walk(machine);
      transitions += share * walk.transitions();
      walk.invocations().forEach((fn, n) -> invocations.merge(fn, share * n, Double::sum));
    }
    return new ProcessProfile(process, spec.path("executionsPerRequest").asDouble(1), transitions, invocations);
  }

  /** The bill at {@code requests} a month for one variant of the fixed parts. */
  List<Line> bill(long requests, JsonNode variant) {
    List<Line> lines = new ArrayList<>();
    double transitions = 0;
    double gbSeconds = 0;
    double invocations = 0;
    double agentCalls = 0;
    double agentUsd = 0;
    for (ProcessProfile p : profiles) {
      double executions = requests * p.executionsPerRequest();
      transitions += executions * p.transitions();
      for (var e : p.invocations().entrySet()) {
        double calls = executions * e.getValue();
        ManifestFunction f = functions.get(e.getKey());
        boolean agent = f != null && f.access().contains("bedrock");
        double seconds = params.path("lambdaDurationMs").path(agent ? "bedrock" : "default").asDouble(300) / 1000;
        gbSeconds += calls * (f == null ? 512 : f.memoryMb()) / 1024.0 * seconds;
        invocations += calls;
        agentCalls += agent ? calls : 0;
        agentUsd += agent ? calls * agentCallUsd(e.getKey()) : 0;
      }
    }
    lines.add(new Line("Step Functions: " + Math.round(transitions) + " transitions", transitions / 1000 * price("stepfunctions_standard_per_1k_transitions"), false));
    lines.add(new Line("Lambda: " + Math.round(gbSeconds) + " GB-s, " + Math.round(invocations) + " invocations",
        gbSeconds * price("lambda_arm64_per_gb_second") + invocations / 1e6 * price("lambda_per_1m_requests"), false));
    lines.add(new Line("Bedrock: " + Math.round(agentCalls) + " agent calls", agentUsd, false));
    lines.add(new Line("EventBridge events, SES e-mail",
        requests * params.path("eventsPerRequest").asDouble() / 1e6 * price("eventbridge_custom_events_per_1m")
            + requests * params.path("emailsPerRequest").asDouble() / 1000 * price("ses_per_1k_emails"), false));
    lines.add(new Line("CloudWatch Logs, endpoint data, S3",
        requests / 1000.0 * (params.path("logsGbPer1kRequests").asDouble() * price("cloudwatch_logs_ingest_per_gb")
            + params.path("endpointGbPer1kRequests").asDouble() * price("vpc_interface_endpoint_per_gb")
            + params.path("attachmentsGbPer1kRequests").asDouble() * price("s3_standard_per_gb_month")), false));
    lines.addAll(fixed(variant));
    return lines;
  }

  private List<Line> fixed(JsonNode v) {
    double hours = params.path("hoursPerMonth").asDouble(730);
    double az = v.path("rdsMultiAz").asBoolean() ? 2 : 1;
    int alarms = profiles.size() * 3 + functions.size() + 1 + (int) functions.values().stream().filter(ManifestFunction::url).count() + 1;
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("RDS " + v.path("rdsInstance").asText().replace("_per_hour", "").replace("rds_", "").replace('_', '.') + (az > 1 ? " Multi-AZ" : "") + " + storage",
        az * (price(v.path("rdsInstance").asText()) * hours + v.path("rdsStorageGb").asDouble() * price("rds_gp3_per_gb_month")), true));
    lines.add(new Line("App Runner dashboard",
        v.path("appRunnerMinInstances").asDouble() * v.path("appRunnerMemoryGb").asDouble() * price("apprunner_provisioned_per_gb_hour") * hours
            + v.path("appRunnerActiveHours").asDouble() * v.path("appRunnerVcpu").asDouble() * price("apprunner_active_per_vcpu_hour"), true));
    lines.add(new Line("VPC interface endpoints: " + v.path("interfaceEndpoints").asInt() + " x " + v.path("endpointAzs").asInt() + " AZ",
        v.path("interfaceEndpoints").asDouble() * v.path("endpointAzs").asDouble() * price("vpc_interface_endpoint_per_az_hour") * hours, true));
    if (v.path("natGateway").asBoolean()) {
      lines.add(new Line("NAT gateway", price("nat_gateway_per_hour") * hours, true));
    }
    lines.add(new Line("Secrets Manager: " + (v.path("integrationSecrets").asInt() + 1) + " secrets", (v.path("integrationSecrets").asDouble() + 1) * price("secrets_manager_per_secret_month"), true));
    lines.add(new Line("KMS key", v.path("kmsKeys").asDouble() * price("kms_per_key_month"), true));
    lines.add(new Line("CloudWatch alarms: " + alarms, alarms * price("cloudwatch_alarm_per_month"), true));
    return lines;
  }

  /**
   * One call of a Bedrock function: the tokens cost-model.json's {@code agents} gives it, at the prices of the model
   * its agent definition names ({@code config/agents/<agent>.json}, {@code model.model_id}; the pricing file's
   * {@code bedrock_models}). A function not listed there is priced with {@code bedrockTokensPerCall} at the default
   * Bedrock prices.
   */
  private double agentCallUsd(String function) {
    JsonNode spec = params.path("agents").path(function);
    if (spec.isMissingNode()) {
      JsonNode tokens = params.path("bedrockTokensPerCall");
      return (tokens.path("input").asDouble() * price("bedrock_input_per_1m_tokens") + tokens.path("output").asDouble() * price("bedrock_output_per_1m_tokens")) / 1e6;
    }
    String agent = spec.path("agent").asText();
    String model = Repository.readJson(root.resolve("config/agents").resolve(agent + ".json")).path("model").path("model_id").asText();
    JsonNode modelPrices = bedrockModels.path(model);
    if (modelPrices.isMissingNode()) {
      throw new IllegalArgumentException("agent " + agent + " uses model " + model + ", which has no prices in the pricing file's bedrock_models");
    }
    return (spec.path("input").asDouble() * modelPrices.path("input_per_1m_tokens").asDouble()
        + spec.path("output").asDouble() * modelPrices.path("output_per_1m_tokens").asDouble()) / 1e6;
  }

  private double price(String key) {
    JsonNode p = prices.path(key).path("usd");
    if (p.isMissingNode()) {
      throw new IllegalArgumentException("no price " + key + " in the pricing file");
    }
    return p.asDouble();
  }
}
