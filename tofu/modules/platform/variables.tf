variable "name" {
  description = "Prefix of every resource: opsflow-<env> (opsflow-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,20}$", var.name))
    error_message = "name must be 3 to 21 characters of lowercase letters, digits and dashes."
  }
}

variable "repo_root" {
  description = "Path of the repository root: functions/manifest.json, statemachines/*.asl.json and events/rules/*.json are read from it."
  type        = string
}

variable "artifacts_root" {
  description = "Directory holding functions/<name>/target/fn-<name>-lambda.jar (the repository root after mvn package, or an unpacked release)."
  type        = string
}

variable "az_count" {
  description = "Availability zones with a private subnet."
  type        = number
  default     = 2
}

variable "interface_endpoints" {
  description = "AWS services reached through interface VPC endpoints from inside the VPC."
  type        = set(string)
  default     = ["secretsmanager", "states", "events", "bedrock-runtime", "sns", "kms", "scheduler"]
}

variable "endpoint_az_count" {
  description = "Availability zones each interface endpoint is placed in (each costs per hour per AZ)."
  type        = number
  default     = 2
}

variable "nat_gateway" {
  description = "Whether the private subnets get internet egress through a NAT gateway (only if a function in the VPC calls a third-party API)."
  type        = bool
  default     = false
}

variable "db_instance_class" {
  description = "RDS PostgreSQL instance class."
  type        = string
  default     = "db.t4g.micro"
}

variable "db_multi_az" {
  description = "Whether RDS keeps a standby in a second availability zone."
  type        = bool
  default     = false
}

variable "db_backup_retention_days" {
  description = "Days of automated backups (the point-in-time recovery window)."
  type        = number
  default     = 7
}

variable "db_deletion_protection" {
  description = "Whether the database refuses deletion."
  type        = bool
  default     = true
}

variable "log_retention_days" {
  description = "Retention of function, state machine and database logs, in days."
  type        = number
  default     = 30
}

variable "events_archive_retention_days" {
  description = "Days the event archive keeps events for replay."
  type        = number
  default     = 30
}

variable "noncurrent_version_expiration_days" {
  description = "Days overwritten attachment versions are kept."
  type        = number
  default     = 90
}

variable "force_destroy_buckets" {
  description = "Whether destroy may delete non-empty buckets (throw-away environments only)."
  type        = bool
  default     = false
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can be restored."
  type        = number
  default     = 30
}

variable "integrations" {
  description = "Integrations that get one Secrets Manager secret each."
  type        = set(string)
  default     = ["stripe", "asana", "slack", "drive", "hubspot", "twilio", "webhook-signing"]
}

variable "function_settings" {
  description = "Deployment settings every function gets in its environment, e.g. OPSFLOW_ASANA_WORKSPACE, OPSFLOW_SLACK_CHANNEL, OPSFLOW_DRIVE_PARENT_FOLDER, OPSFLOW_SES_FROM, OPSFLOW_OPERATOR_EMAILS. Never secrets: those go in the integration secrets."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.function_settings) : !can(regex("(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY)$", key))])
    error_message = "function_settings must not hold secrets (a name ending in PASSWORD, SECRET, TOKEN or API_KEY): put them in the integration's secret."
  }
}

variable "function_architecture" {
  description = "Instruction set of every function (arm64 or x86_64)."
  type        = string
  default     = "arm64"
}

variable "bedrock_model_arns" {
  description = "Bedrock foundation models and inference profiles the functions with \"bedrock\" access may invoke."
  type        = list(string)

  validation {
    condition     = alltrue([for arn in var.bedrock_model_arns : can(regex("^arn:aws[a-z-]*:bedrock:", arn))])
    error_message = "bedrock_model_arns must be Bedrock model or inference profile ARNs."
  }
}

variable "ses_identity_arns" {
  description = "SES identities (domain or address) the functions with \"send-email\" access may send from."
  type        = list(string)
  default     = []
}

variable "dashboard_image" {
  description = "ECR image of the dashboard."
  type        = string
}

variable "dashboard_ecr_repository_arn" {
  description = "ARN of the ECR repository of the dashboard image."
  type        = string
}

variable "dashboard_cpu" {
  description = "vCPU units of a dashboard instance (256 = 0.25 vCPU)."
  type        = string
  default     = "256"
}

variable "dashboard_memory" {
  description = "Memory of a dashboard instance in MB."
  type        = string
  default     = "512"
}

variable "dashboard_min_instances" {
  description = "Dashboard instances kept provisioned."
  type        = number
  default     = 1
}

variable "dashboard_max_instances" {
  description = "Upper bound of dashboard autoscaling."
  type        = number
  default     = 2
}

variable "alert_emails" {
  description = "Addresses that receive alarms."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
