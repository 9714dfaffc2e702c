variable "name" {
  description = "Name of the event bus and prefix of its rules, e.g. opsflow-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,40}$", var.name))
    error_message = "name must be 3 to 41 characters of lowercase letters, digits and dashes."
  }
}

variable "rules" {
  description = "Rules by file name (events/rules/<name>.json rendered with templatefile() and decoded), in the format of events/README.md: {name, description?, event_bus?, state?, event_pattern | schedule_expression, targets?: [{id, arn, input | input_path | input_transformer {input_paths_map, input_template}, retry_policy? {maximum_retry_attempts, maximum_event_age_in_seconds}}]}. event_bus \"default\" (or none) puts the rule on the account's default bus, any other value on this bus."
  type        = any

  validation {
    condition     = alltrue([for key, rule in var.rules : can(rule.event_pattern) != can(rule.schedule_expression)])
    error_message = "every rule needs exactly one of event_pattern and schedule_expression."
  }

  validation {
    condition     = alltrue([for key, rule in var.rules : !can(rule.schedule_expression) || try(rule.event_bus, "default") == "default"])
    error_message = "a rule with a schedule_expression must be on the default bus (EventBridge runs schedules there only)."
  }

  validation {
    condition = alltrue(flatten([
      for key, rule in var.rules : [
        for target in try(rule.targets, []) : length([for member in ["input", "input_path", "input_transformer"] : member if can(target[member])]) <= 1
      ]
    ]))
    error_message = "a target takes at most one of input, input_path and input_transformer."
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
