variable "name" {
  description = "Name of the event bus and prefix of its rules, e.g. opsflow-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,40}$", var.name))
    error_message = "name must be 3 to 41 characters of lowercase letters, digits and dashes."
  }
}

variable "rules" {
  description = "Rules by file name (events/rules/<name>.json, rendered with templatefile() and decoded): {name, description, event_bus, event_pattern, targets: [{id, arn, input_transformer?, role?}]}. event_bus \"default\" puts the rule on the account's default bus (AWS service events); any other value means this bus."
  type        = any

  validation {
    condition     = alltrue([for key, rule in var.rules : can(rule.event_pattern) && can(rule.targets) && length(rule.targets) > 0])
    error_message = "every rule needs an event_pattern and at least one target."
  }
}

variable "schedules" {
  description = "Recurring EventBridge Scheduler schedules by name: a schedule expression, a target ARN (this bus, a state machine or a function alias) and the JSON input."
  type = map(object({
    description         = string
    schedule_expression = string
    target_arn          = string
    input               = string
  }))
  default = {}
}

variable "state_machine_arns" {
  description = "State machines rules and schedules may start (the role of each rule is scoped to its own targets)."
  type        = list(string)
  default     = []
}

variable "archive_retention_days" {
  description = "Days the archive keeps every event on the bus, for replay."
  type        = number
  default     = 30

  validation {
    condition     = var.archive_retention_days >= 1
    error_message = "archive_retention_days must be at least 1 (0 would keep events forever)."
  }
}

variable "kms_key_arn" {
  description = "KMS key of the targets' dead-letter queue."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
