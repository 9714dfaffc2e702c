# dev: the smallest footprint that still has the production shape; easy to destroy.
module "platform" {
  source = "../../modules/platform"

  name           = "opsflow-dev"
  repo_root      = abspath("${path.root}/${var.repo_root}")
  artifacts_root = abspath("${path.root}/${var.artifacts_root}")

  endpoint_az_count             = 1
  # Internet egress: the onboarding steps call Stripe, Asana, Slack and Drive from the VPC (they write the ledger).
  nat_gateway                   = true
  db_instance_class             = "db.t4g.micro"
  db_multi_az                   = false
  db_backup_retention_days      = 7
  db_deletion_protection        = false
  log_retention_days            = 14
  events_archive_retention_days = 7
  force_destroy_buckets         = true
  secret_recovery_window_days   = 0

  dashboard_image              = var.dashboard_image
  dashboard_ecr_repository_arn = var.dashboard_ecr_repository_arn
  dashboard_min_instances      = 1
  dashboard_max_instances      = 1

  bedrock_model_arns = var.bedrock_model_arns
  ses_identity_arns  = var.ses_identity_arns
  alert_emails       = var.alert_emails
  function_settings  = var.function_settings
}
