variable "function_name" {
  description = "Name of the function, <prefix>-<verb>-<noun> (opsflow-dev-extract-fields)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,63}$", var.function_name))
    error_message = "function_name must be 3 to 64 characters of lowercase letters, digits and dashes."
  }
}

variable "handler" {
  description = "Fully-qualified handler class (dev.opsflow.fn.extractfields.ExtractFieldsHandler), optionally ::method."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_.]*\\.[A-Z][A-Za-z0-9_]*(::[a-zA-Z0-9_]+)?$", var.handler))
    error_message = "handler must be a fully-qualified Java class name."
  }
}

variable "artifact_path" {
  description = "Path of the shaded jar Maven built (functions/<name>/target/fn-<name>-lambda.jar); tofu never builds it."
  type        = string
}

variable "memory_mb" {
  description = "Memory in MB; the JVM heap is 85% of it and CPU grows with it."
  type        = number
  default     = 512

  validation {
    condition     = var.memory_mb >= 128 && var.memory_mb <= 10240
    error_message = "memory_mb must be 128 to 10240."
  }
}

variable "timeout_seconds" {
  description = "Invocation timeout in seconds."
  type        = number
  default     = 30

  validation {
    condition     = var.timeout_seconds >= 1 && var.timeout_seconds <= 900
    error_message = "timeout_seconds must be 1 to 900."
  }
}

variable "architecture" {
  description = "Instruction set: arm64 (Graviton, about 20% cheaper per GB-second) or x86_64."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "environment" {
  description = "Environment variables of the function (no secrets: those are read from Secrets Manager at init)."
  type        = map(string)
  default     = {}
}

variable "policy_statements" {
  description = "The function's own permissions, beyond logs, tracing, its dead-letter queue and VPC networking: least privilege, no \"*\"."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []
}

variable "subnet_ids" {
  description = "Private subnets to run in; empty runs the function outside the VPC (no database, Lambda's own internet egress)."
  type        = list(string)
  default     = []
}

variable "security_group_ids" {
  description = "Security groups of the function's network interfaces (with subnet_ids)."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "KMS key encrypting the environment variables and the dead-letter queue."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the function's log group, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "alias_name" {
  description = "Alias that callers (state machines, rules, URLs) invoke; it points at the latest published version, whose SnapStart snapshot is ready."
  type        = string
  default     = "live"
}

variable "reserved_concurrency" {
  description = "Reserved concurrent executions (-1: unreserved)."
  type        = number
  default     = -1
}

variable "function_url" {
  description = "Whether the alias gets a public Function URL (webhook ingress: the handler verifies signatures)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
