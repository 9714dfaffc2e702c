variable "name" {
  description = "Prefix of the secret names: <name>/<integration> (opsflow-dev/stripe)."
  type        = string
}

variable "integrations" {
  description = "One secret per integration; its value (a JSON object of that integration's credentials) is put by the operator, never by tofu."
  type        = set(string)
  default     = ["stripe", "asana", "slack", "drive", "hubspot", "twilio", "webhook-signing"]

  validation {
    condition     = alltrue([for integration in var.integrations : can(regex("^[a-z][a-z0-9-]*$", integration))])
    error_message = "integration names are kebab-case (webhook-signing)."
  }
}

variable "readers" {
  description = "Role ARNs allowed to read each secret, by integration (the functions whose manifest entry lists it, and the dashboard where needed). Everyone else is denied by the secret's resource policy, whatever their IAM policy says."
  type        = map(list(string))
  default     = {}
}

variable "kms_key_arn" {
  description = "KMS key encrypting the secrets."
  type        = string
}

variable "recovery_window_days" {
  description = "Days a deleted secret can be restored (0 deletes at once: only for throw-away environments)."
  type        = number
  default     = 30

  validation {
    condition     = var.recovery_window_days == 0 || (var.recovery_window_days >= 7 && var.recovery_window_days <= 30)
    error_message = "recovery_window_days must be 0 or 7 to 30."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
