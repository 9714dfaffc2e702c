variable "name" {
  description = "Name of the state machine, <prefix>-<process> (opsflow-dev-service-intake)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,79}$", var.name))
    error_message = "name must be 3 to 80 characters of lowercase letters, digits and dashes."
  }
}

variable "definition_file" {
  description = "Path of the ASL file (statemachines/<process>.asl.json), rendered with templatefile()."
  type        = string

  validation {
    condition     = endswith(var.definition_file, ".asl.json")
    error_message = "definition_file must be a statemachines/<process>.asl.json file."
  }
}

variable "placeholders" {
  description = "Values of the ASL placeholders: <verb>_<noun>_function_arn for every manifest function (alias ARNs) and <name>_<kind> for other resources. templatefile() fails on any placeholder missing here."
  type        = map(string)
}

variable "event_bus_arns" {
  description = "Event buses the machine may put events on (granted only if the ASL uses events:putEvents)."
  type        = list(string)
  default     = []
}

variable "sns_topic_arns" {
  description = "Topics the machine may publish to (granted only if the ASL uses sns:publish)."
  type        = list(string)
  default     = []
}

variable "state_machine_arns" {
  description = "Other state machines this one may start (granted only if the ASL uses states:startExecution)."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "KMS key the machine may use for the SNS topics and queues it talks to."
  type        = string
}

variable "log_level" {
  description = "Execution logging level: ALL, ERROR, FATAL or OFF."
  type        = string
  default     = "ALL"

  validation {
    condition     = contains(["ALL", "ERROR", "FATAL", "OFF"], var.log_level)
    error_message = "log_level must be ALL, ERROR, FATAL or OFF."
  }
}

variable "include_execution_data" {
  description = "Whether logs include state inputs and outputs (customer data: off unless debugging)."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the execution log group, in days."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
