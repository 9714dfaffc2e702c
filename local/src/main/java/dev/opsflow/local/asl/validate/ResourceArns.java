package dev.opsflow.local.asl.validate;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Task resources AWS recognises: Lambda function and activity ARNs, the optimized service integrations with
 * the integration patterns each really offers (DynamoDB has getItem/putItem/updateItem/deleteItem, not query; a
 * Lambda invoke has no .sync ...), and AWS SDK integrations ({@code aws-sdk:service:action}, no .sync).
 */
final class ResourceArns {
  static final String SYNC = ".sync";
  static final String SYNC2 = ".sync:2";
  static final String TOKEN = ".waitForTaskToken";

  private static final String PARTITION = "arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:";
  private static final Pattern LAMBDA =
      Pattern.compile(PARTITION + "lambda:[^:]+:[^:]+:function:[A-Za-z0-9_-]+(?::[A-Za-z0-9_$-]+)?");
  private static final Pattern ACTIVITY = Pattern.compile(PARTITION + "states:[^:]+:[^:]+:activity:[^:]+");
  private static final Pattern SERVICE = Pattern.compile(PARTITION + "states:::(.+)");
  private static final Pattern SDK =
      Pattern.compile("aws-sdk:[a-z0-9-]+:[a-zA-Z][a-zA-Z0-9]*(?:\\" + TOKEN + ")?");
  private static final Set<String> INTEGRATIONS = integrations();

  private ResourceArns() {}

  static boolean isRecognized(String resource) {
    if (LAMBDA.matcher(resource).matches() || ACTIVITY.matcher(resource).matches()) {
      return true;
    }
    var service = SERVICE.matcher(resource);
    if (!service.matches()) {
      return false;
    }
    String integration = service.group(1);
    return INTEGRATIONS.contains(integration) || SDK.matcher(integration).matches();
  }

  static boolean isActivity(String resource) {
    return ACTIVITY.matcher(resource).matches();
  }

  private static Set<String> integrations() {
    Set<String> all = new HashSet<>();
    add(all, "lambda", "invoke", TOKEN);
    add(all, "sns", "publish", TOKEN);
    add(all, "sqs", "sendMessage", TOKEN);
    add(all, "events", "putEvents", TOKEN);
    add(all, "apigateway", "invoke", TOKEN);
    add(all, "http", "invoke");
    add(all, "states", "startExecution", SYNC, SYNC2, TOKEN);
    add(all, "ecs", "runTask", SYNC, TOKEN);
    add(all, "batch", "submitJob", SYNC);
    add(all, "glue", "startJobRun", SYNC);
    add(all, "databrew", "startJobRun", SYNC);
    add(all, "mediaconvert", "createJob", SYNC);
    for (String api : new String[] {"getItem", "putItem", "updateItem", "deleteItem"}) {
      add(all, "dynamodb", api);
    }
    add(all, "athena", "startQueryExecution", SYNC);
    for (String api : new String[] {"stopQueryExecution", "getQueryExecution", "getQueryResults"}) {
      add(all, "athena", api);
    }
    for (String api : new String[] {"startBuild", "startBuildBatch", "retryBuild", "retryBuildBatch"}) {
      add(all, "codebuild", api, SYNC);
    }
    for (String api : new String[] {"stopBuild", "stopBuildBatch", "batchDeleteBuilds", "batchGetReports",
        "deleteBuildBatch"}) {
      add(all, "codebuild", api);
    }
    for (String api : new String[] {"createCluster", "terminateCluster", "addStep"}) {
      add(all, "elasticmapreduce", api, SYNC);
    }
    for (String api : new String[] {"cancelStep", "setClusterTerminationProtection", "modifyInstanceFleetByName",
        "modifyInstanceGroupByName"}) {
      add(all, "elasticmapreduce", api);
    }
    add(all, "emr-containers", "createVirtualCluster");
    add(all, "emr-containers", "deleteVirtualCluster", SYNC);
    add(all, "emr-containers", "startJobRun", SYNC);
    for (String api : new String[] {"createApplication", "startApplication", "stopApplication", "deleteApplication",
        "startJobRun", "cancelJobRun"}) {
      add(all, "emr-serverless", api, SYNC);
    }
    for (String api : new String[] {"createCluster", "deleteCluster", "createFargateProfile",
        "deleteFargateProfile", "createNodegroup", "deleteNodegroup", "runJob"}) {
      add(all, "eks", api, SYNC);
    }
    add(all, "eks", "call");
    for (String api : new String[] {"createTrainingJob", "createTransformJob", "createProcessingJob",
        "createHyperParameterTuningJob", "createLabelingJob"}) {
      add(all, "sagemaker", api, SYNC);
    }
    for (String api : new String[] {"createModel", "createEndpointConfig", "createEndpoint", "updateEndpoint"}) {
      add(all, "sagemaker", api);
    }
    add(all, "bedrock", "invokeModel");
    add(all, "bedrock", "createModelCustomizationJob", SYNC);
    return Set.copyOf(all);
  }

  private static void add(Set<String> all, String service, String api, String... patterns) {
    all.add(service + ":" + api);
    for (String pattern : patterns) {
      all.add(service + ":" + api + pattern);
    }
  }
}
