variable "name" {
  description = "Prefix of the bucket names, e.g. opsflow-dev (the account ID is appended to keep them globally unique)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.name))
    error_message = "name must be 3 to 31 characters of lowercase letters, digits and dashes."
  }
}

variable "purpose" {
  description = "What the bucket holds; the middle part of its name (attachments)."
  type        = string
  default     = "attachments"
}

variable "kms_key_arn" {
  description = "KMS key for SSE-KMS on the data bucket (an S3 Bucket Key keeps the KMS request cost low)."
  type        = string
}

variable "noncurrent_version_expiration_days" {
  description = "Days after which overwritten or deleted object versions are removed."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_expiration_days >= 1
    error_message = "noncurrent_version_expiration_days must be at least 1."
  }
}

variable "access_log_retention_days" {
  description = "Days the server access logs are kept."
  type        = number
  default     = 90
}

variable "force_destroy" {
  description = "Whether tofu destroy may delete non-empty buckets (false everywhere but throw-away environments)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
