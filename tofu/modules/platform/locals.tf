data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  # The one list of functions the local engine uses too (functions/manifest.json).
  manifest  = jsondecode(file("${var.repo_root}/functions/manifest.json"))
  functions = { for f in local.manifest.functions : f.name => f }

  # statemachines/<process>.asl.json => <name>-<process>.
  processes = toset([for file in fileset("${var.repo_root}/statemachines", "*.asl.json") : trimsuffix(file, ".asl.json")])

  # Built from names (not module outputs), so a definition may name another machine without a dependency cycle.
  state_machine_arns = {
    for process in local.processes :
    process => "arn:${data.aws_partition.current.partition}:states:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:stateMachine:${var.name}-${process}"
  }

  # ${<verb>_<noun>_function_arn} => the function's alias (a published version: SnapStart).
  function_placeholders = {
    for name, function in module.function : "${replace(name, "-", "_")}_function_arn" => function.alias_arn
  }

  # Every other ${placeholder} the ASL and rule files may use: a fixed set of resources ...
  static_placeholders = {
    attachments_bucket_name = module.storage.bucket_id
    attachments_bucket_arn  = module.storage.bucket_arn
    events_bus_name         = module.events.bus_name
    events_bus_arn          = module.events.bus_arn
    alerts_topic_arn        = module.alarms.alerts_topic_arn
    schedule_group_name     = module.events.schedule_group_name
    scheduler_role_arn      = module.events.scheduler_role_arn
  }

  # ... and ${<process>_state_machine_arn} for every statemachines/<process>.asl.json.
  state_machine_placeholders = {
    for process, arn in local.state_machine_arns : "${replace(process, "-", "_")}_state_machine_arn" => arn
  }

  resource_placeholders = merge(local.static_placeholders, local.state_machine_placeholders)

  asl_placeholders = merge(local.function_placeholders, local.resource_placeholders)

  # events/rules/<rule>.json, rendered with the same placeholders (targets name ${<process>_state_machine_arn}).
  rule_files = fileset("${var.repo_root}/events/rules", "*.json")
  rules = {
    for file in local.rule_files :
    trimsuffix(file, ".json") => jsondecode(templatefile("${var.repo_root}/events/rules/${file}", local.asl_placeholders))
  }

  # What a manifest entry's "access" list may name; each grants on this environment's resources only.
  access_statements = {
    "bedrock" = [{
      sid       = "InvokeBedrockModels"
      actions   = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = var.bedrock_model_arns
    }]
    "attachments-read" = [{
      sid       = "ReadAttachments"
      actions   = ["s3:GetObject"]
      resources = ["${module.storage.bucket_arn}/*"]
    }]
    "attachments-write" = [{
      sid       = "WriteAttachments"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${module.storage.bucket_arn}/*"]
    }]
    "put-events" = [{
      sid       = "PutEventsOnTheBus"
      actions   = ["events:PutEvents"]
      resources = [module.events.bus_arn]
    }]
    "start-executions" = [{
      sid       = "StartWorkflows"
      actions   = ["states:StartExecution"]
      resources = values(local.state_machine_arns)
    }]
    "task-tokens" = [{
      sid       = "AnswerTaskTokens"
      actions   = ["states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat"]
      resources = ["*"]
    }]
    "alerts" = [{
      sid       = "PublishAlerts"
      actions   = ["sns:Publish"]
      resources = [module.alarms.alerts_topic_arn]
    }]
    "schedules" = [
      {
        sid       = "ManageSchedulesInTheGroup"
        actions   = ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule", "scheduler:GetSchedule"]
        resources = ["${replace(module.events.schedule_group_arn, ":schedule-group/", ":schedule/")}/*"]
      },
      {
        sid       = "PassTheSchedulerRole"
        actions   = ["iam:PassRole"]
        resources = [module.events.scheduler_role_arn]
      },
    ]
    "send-email" = [{
      sid       = "SendEmail"
      actions   = ["ses:SendEmail", "ses:SendRawEmail"]
      resources = var.ses_identity_arns
    }]
  }

  # Every function: its own grants from "access", its secrets, and the database secret when it runs in the VPC.
  function_statements = {
    for name, f in local.functions : name => concat(
      flatten([for access in try(f.access, []) : local.access_statements[access]]),
      length(try(f.secrets, [])) == 0 ? [] : [{
        sid       = "ReadOwnIntegrationSecrets"
        actions   = ["secretsmanager:GetSecretValue"]
        resources = [for secret in f.secrets : module.secrets.secret_arns[secret]]
      }],
      try(f.vpc, true) ? [{
        sid       = "ReadDatabaseSecret"
        actions   = ["secretsmanager:GetSecretValue"]
        resources = [module.database.master_user_secret_arn]
      }] : [],
    )
  }

  function_environment = {
    for name, f in local.functions : name => merge(
      var.function_settings,
      {
        OPSFLOW_ENV                = var.name
        OPSFLOW_OBJECT_BUCKET      = module.storage.bucket_id
        OPSFLOW_EVENT_BUS          = module.events.bus_name
        OPSFLOW_ALERTS_TOPIC_ARN   = module.alarms.alerts_topic_arn
        OPSFLOW_SCHEDULE_GROUP     = module.events.schedule_group_name
        OPSFLOW_SCHEDULER_ROLE_ARN = module.events.scheduler_role_arn
        POWERTOOLS_SERVICE_NAME    = name
      },
      { for process, arn in local.state_machine_arns : "OPSFLOW_${upper(replace(process, "-", "_"))}_STATE_MACHINE_ARN" => arn },
      # Integration secrets are named <name>/<integration> (modules/secrets): shared's Secrets reads <prefix><integration>.
      length(try(f.secrets, [])) == 0 ? {} : { OPSFLOW_SECRETS_PREFIX = "${var.name}/" },
      { for secret in try(f.secrets, []) : "OPSFLOW_SECRET_${upper(replace(secret, "-", "_"))}_ARN" => module.secrets.secret_arns[secret] },
      # The user name and password are in the RDS-managed secret (rotated by RDS): AppDatabase reads it at run time.
      try(f.vpc, true) ? {
        OPSFLOW_DB_URL        = module.database.jdbc_url
        OPSFLOW_DB_SECRET_ARN = module.database.master_user_secret_arn
      } : {},
    )
  }

  secret_readers = {
    for integration in var.integrations : integration => [
      for name, f in local.functions : module.function[name].role_arn if contains(try(f.secrets, []), integration)
    ]
  }

  url_functions = { for name, f in local.functions : "${var.name}-${name}" => "live" if try(f.url, false) }

  dead_letter_queues = merge(
    { for name, function in module.function : name => function.dlq_name },
    { events = module.events.dlq_name },
  )

  tags = merge(var.tags, { Application = "opsflow", Environment = var.name })
}
