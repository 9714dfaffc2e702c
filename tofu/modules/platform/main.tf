module "network" {
  source = "../network"

  name                = var.name
  az_count            = var.az_count
  interface_endpoints = var.interface_endpoints
  endpoint_az_count   = var.endpoint_az_count
  nat_gateway         = var.nat_gateway
  tags                = local.tags
}

module "database" {
  source = "../database"

  name                      = var.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.private_subnet_ids
  client_security_group_ids = [module.network.workloads_security_group_id]
  kms_key_arn               = aws_kms_key.this.arn
  instance_class            = var.db_instance_class
  multi_az                  = var.db_multi_az
  backup_retention_days     = var.db_backup_retention_days
  deletion_protection       = var.db_deletion_protection
  log_retention_days        = var.log_retention_days
  tags                      = local.tags
}

module "storage" {
  source = "../storage"

  name                               = var.name
  kms_key_arn                        = aws_kms_key.this.arn
  noncurrent_version_expiration_days = var.noncurrent_version_expiration_days
  force_destroy                      = var.force_destroy_buckets
  tags                               = local.tags
}

module "secrets" {
  source = "../secrets"

  name                 = var.name
  integrations         = var.integrations
  readers              = local.secret_readers
  kms_key_arn          = aws_kms_key.this.arn
  recovery_window_days = var.secret_recovery_window_days
  tags                 = local.tags
}

# One function per manifest entry: the same list the ASL placeholders resolve from.
module "function" {
  source   = "../lambda-function"
  for_each = local.functions

  function_name      = "${var.name}-${each.key}"
  handler            = each.value.handler
  artifact_path      = "${var.artifacts_root}/functions/${each.key}/target/fn-${each.key}-lambda.jar"
  memory_mb          = try(each.value.memoryMb, 512)
  timeout_seconds    = try(each.value.timeoutSeconds, 30)
  architecture       = var.function_architecture
  environment        = local.function_environment[each.key]
  policy_statements  = local.function_statements[each.key]
  subnet_ids         = try(each.value.vpc, true) ? module.network.private_subnet_ids : []
  security_group_ids = try(each.value.vpc, true) ? [module.network.workloads_security_group_id] : []
  kms_key_arn        = aws_kms_key.this.arn
  log_retention_days = var.log_retention_days
  function_url       = try(each.value.url, false)
  tags               = local.tags
}

# One state machine per statemachines/<process>.asl.json; its role may invoke exactly the functions it names.
module "state_machine" {
  source   = "../state-machine"
  for_each = local.processes

  name               = "${var.name}-${each.key}"
  definition_file    = "${var.repo_root}/statemachines/${each.key}.asl.json"
  placeholders       = local.asl_placeholders
  event_bus_arns     = [module.events.bus_arn]
  sns_topic_arns     = [module.alarms.alerts_topic_arn]
  state_machine_arns = [for process, arn in local.state_machine_arns : arn if process != each.key]
  kms_key_arn        = aws_kms_key.this.arn
  log_retention_days = var.log_retention_days
  tags               = local.tags
}

module "events" {
  source = "../events"

  name                   = var.name
  rules                  = local.rules
  state_machine_arns     = [for machine in module.state_machine : machine.state_machine_arn]
  archive_retention_days = var.events_archive_retention_days
  kms_key_arn            = aws_kms_key.this.arn
  tags                   = local.tags
}

module "dashboard" {
  source = "../app-runner"

  name               = "${var.name}-dashboard"
  image_identifier   = var.dashboard_image
  ecr_repository_arn = var.dashboard_ecr_repository_arn
  cpu                = var.dashboard_cpu
  memory             = var.dashboard_memory
  min_size           = var.dashboard_min_instances
  max_size           = var.dashboard_max_instances
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.workloads_security_group_id]
  environment = merge(
    {
      OPSFLOW_ENV                = var.name
      OPSFLOW_WEB_PORT           = "8080"
      OPSFLOW_DB_URL             = module.database.jdbc_url
      OPSFLOW_DB_USER            = module.database.master_username
      OPSFLOW_DB_SECRET_ARN      = module.database.master_user_secret_arn
      OPSFLOW_OBJECT_BUCKET      = module.storage.bucket_id
      OPSFLOW_EVENT_BUS          = module.events.bus_name
    },
    { for process, arn in local.state_machine_arns : "OPSFLOW_${upper(replace(process, "-", "_"))}_STATE_MACHINE_ARN" => arn },
    # The public form starts the intake (webapp's IntakeStarter reads this name).
    contains(keys(local.state_machine_arns), "service-intake") ? { OPSFLOW_INTAKE_STATE_MACHINE_ARN = local.state_machine_arns["service-intake"] } : {},
  )
  policy_statements = [
    {
      sid       = "OperateTheWorkflows"
      actions   = ["states:StartExecution", "states:ListExecutions", "states:DescribeStateMachine"]
      resources = values(local.state_machine_arns)
    },
    {
      sid       = "InspectAndRedriveExecutions"
      actions   = ["states:DescribeExecution", "states:GetExecutionHistory", "states:StopExecution", "states:RedriveExecution"]
      resources = [for arn in values(local.state_machine_arns) : "${replace(arn, ":stateMachine:", ":execution:")}:*"]
    },
    {
      sid       = "AnswerTaskTokens"
      actions   = ["states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat"]
      resources = ["*"]
    },
    {
      sid       = "ReadDatabaseSecret"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [module.database.master_user_secret_arn]
    },
    {
      sid       = "DecryptWithThePlatformKey"
      actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
      resources = [aws_kms_key.this.arn]
    },
    {
      sid       = "ReadAndWriteAttachments"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${module.storage.bucket_arn}/*"]
    },
    {
      sid       = "PutEventsOnTheBus"
      actions   = ["events:PutEvents"]
      resources = [module.events.bus_arn]
    },
  ]
  tags = local.tags
}

module "alarms" {
  source = "../alarms"

  name                        = var.name
  kms_key_arn                 = aws_kms_key.this.arn
  alert_emails                = var.alert_emails
  state_machine_arns          = { for process, machine in module.state_machine : process => machine.state_machine_arn }
  dead_letter_queue_names     = local.dead_letter_queues
  function_url_function_names = local.url_functions
  app_runner_service          = { name = module.dashboard.service_name, id = module.dashboard.service_id }
  tags                        = local.tags
}
