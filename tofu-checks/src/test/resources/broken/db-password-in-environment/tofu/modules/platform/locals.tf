locals {
  manifest  = jsondecode(file("${var.repo_root}/functions/manifest.json"))
  functions = { for f in local.manifest.functions : f.name => f }
  processes = toset([for file in fileset("${var.repo_root}/statemachines", "*.asl.json") : trimsuffix(file, ".asl.json")])

  function_placeholders = {
    for name, function in module.function : "${replace(name, "-", "_")}_function_arn" => function.alias_arn
  }
  static_placeholders = {
    attachments_bucket_name = "bucket"
  }
  state_machine_placeholders = {
    for process in local.processes : "${replace(process, "-", "_")}_state_machine_arn" => "arn:aws:states:us-east-1:123456789012:stateMachine:${process}"
  }
  asl_placeholders = merge(local.function_placeholders, local.static_placeholders, local.state_machine_placeholders)

  rules = {
    for file in fileset("${var.repo_root}/events/rules", "*.json") :
    trimsuffix(file, ".json") => jsondecode(templatefile("${var.repo_root}/events/rules/${file}", local.asl_placeholders))
  }

  function_environment = {
    for name, f in local.functions : name => merge(
      { POWERTOOLS_SERVICE_NAME = name },
      try(f.vpc, true) ? {
        OPSFLOW_DB_URL        = "jdbc:postgresql://db.internal:5432/opsflow?sslmode=require"
        OPSFLOW_DB_USER       = "opsflow"
        OPSFLOW_DB_PASSWORD   = "correct-horse-battery-staple"
      } : {},
    )
  }

  function_statements = {
    for name, f in local.functions : name => concat(
      flatten([for access in try(f.access, []) : local.access_statements[access]]),
      try(f.vpc, true) ? [{
        sid       = "ReadDatabaseSecret"
        actions   = ["secretsmanager:GetSecretValue"]
        resources = [module.database.master_user_secret_arn]
      }] : [],
    )
  }

  access_statements = {
    "bedrock" = [{
      sid       = "InvokeBedrock"
      actions   = ["bedrock:InvokeModel"]
      resources = ["arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"]
    }]
  }
}
