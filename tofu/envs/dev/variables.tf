variable "region" {
  description = "AWS region to deploy into."
  type        = string
  default     = "us-east-1"
}

variable "repo_root" {
  description = "Repository root (manifest, state machines, rule files); relative to this directory by default."
  type        = string
  default     = "../../.."
}

variable "artifacts_root" {
  description = "Where functions/<name>/target/fn-<name>-lambda.jar were built; the repository root by default."
  type        = string
  default     = "../../.."
}

variable "dashboard_image" {
  description = "ECR image of the dashboard, <account>.dkr.ecr.<region>.amazonaws.com/opsflow-dashboard:<tag>."
  type        = string
}

variable "dashboard_ecr_repository_arn" {
  description = "ARN of the ECR repository holding the dashboard image."
  type        = string
}

variable "bedrock_model_arns" {
  description = "Bedrock models (and inference profiles) the AI steps may invoke."
  type        = list(string)
}

variable "ses_identity_arns" {
  description = "SES identities the e-mail steps may send from."
  type        = list(string)
  default     = []
}

variable "alert_emails" {
  description = "Addresses that receive alarms."
  type        = list(string)
  default     = []
}

variable "function_settings" {
  description = "Deployment settings every function gets in its environment (OPSFLOW_ASANA_WORKSPACE, OPSFLOW_SLACK_CHANNEL, OPSFLOW_DRIVE_PARENT_FOLDER, OPSFLOW_SES_FROM, OPSFLOW_OPERATOR_EMAILS, ...); never secrets."
  type        = map(string)
  default     = {}
}
