# prod: deletion protection, a multi-AZ database, endpoints in every AZ, long retention.
module "platform" {
  source = "../../modules/platform"

  name           = "opsflow-prod"
  repo_root      = abspath("${path.root}/${var.repo_root}")
  artifacts_root = abspath("${path.root}/${var.artifacts_root}")

  endpoint_az_count                  = 2
  # Internet egress: the onboarding steps call Stripe, Asana, Slack and Drive from the VPC (they write the ledger).
  nat_gateway                        = true
  db_instance_class                  = "db.t4g.small"
  db_multi_az                        = true
  db_backup_retention_days           = 35
  db_deletion_protection             = true
  log_retention_days                 = 365
  events_archive_retention_days      = 365
  noncurrent_version_expiration_days = 365
  force_destroy_buckets              = false
  secret_recovery_window_days        = 30

  dashboard_image              = var.dashboard_image
  dashboard_ecr_repository_arn = var.dashboard_ecr_repository_arn
  dashboard_min_instances      = 1
  dashboard_max_instances      = 3

  bedrock_model_arns = var.bedrock_model_arns
  ses_identity_arns  = var.ses_identity_arns
  alert_emails       = var.alert_emails
  function_settings  = var.function_settings
}
