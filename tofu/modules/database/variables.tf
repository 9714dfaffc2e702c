variable "name" {
  description = "Identifier of the DB instance and prefix of its companions, e.g. opsflow-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,50}$", var.name))
    error_message = "name must start with a letter and hold lowercase letters, digits and dashes."
  }
}

variable "vpc_id" {
  description = "VPC the database lives in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the DB subnet group (at least two availability zones)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "RDS needs subnets in at least two availability zones."
  }
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect on 5432 (the workloads)."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "KMS key encrypting storage, snapshots, Performance Insights and the managed master password."
  type        = string
}

variable "engine_version" {
  description = "PostgreSQL major version."
  type        = string
  default     = "17"

  validation {
    condition     = can(regex("^1[5-9](\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must be PostgreSQL 15 or newer, e.g. 17 or 17.4."
  }
}

variable "instance_class" {
  description = "RDS instance class; db.t4g.micro is the smallest that runs PostgreSQL well enough for one business."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = startswith(var.instance_class, "db.")
    error_message = "instance_class must be an RDS class such as db.t4g.micro."
  }
}

variable "allocated_storage_gb" {
  description = "Initial gp3 storage in GiB."
  type        = number
  default     = 20

  validation {
    condition     = var.allocated_storage_gb >= 20
    error_message = "gp3 storage starts at 20 GiB."
  }
}

variable "max_allocated_storage_gb" {
  description = "Upper bound of storage autoscaling in GiB."
  type        = number
  default     = 100
}

variable "multi_az" {
  description = "Whether a synchronous standby runs in a second availability zone (doubles the instance cost)."
  type        = bool
  default     = false
}

variable "backup_retention_days" {
  description = "Days of automated backups; point-in-time recovery covers this window."
  type        = number
  default     = 7

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be 1 to 35 (0 would disable point-in-time recovery)."
  }
}

variable "deletion_protection" {
  description = "Whether the instance refuses deletion (turn off deliberately before tearing down)."
  type        = bool
  default     = true
}

variable "database_name" {
  description = "Name of the application database."
  type        = string
  default     = "opsflow"
}

variable "master_username" {
  description = "Master user name; its password is generated and kept in Secrets Manager by RDS."
  type        = string
  default     = "opsflow"
}

variable "log_retention_days" {
  description = "Retention of the exported PostgreSQL log, in days."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
