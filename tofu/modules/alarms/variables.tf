variable "name" {
  description = "Prefix of the alarm names and the alerts topic, e.g. opsflow-dev."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key encrypting the alerts topic."
  type        = string
}

variable "alert_emails" {
  description = "Addresses subscribed to the alerts topic (each confirms by e-mail)."
  type        = list(string)
  default     = []
}

variable "state_machine_arns" {
  description = "State machines whose failed, timed-out or aborted executions alarm, by process name."
  type        = map(string)
}

variable "dead_letter_queue_names" {
  description = "Dead-letter queues that alarm as soon as they hold a message, by owner."
  type        = map(string)
}

variable "function_url_function_names" {
  description = "Functions with a Function URL (ingress) whose 5xx responses alarm: name => alias."
  type        = map(string)
  default     = {}
}

variable "app_runner_service" {
  description = "The dashboard's App Runner service (name and ID) whose 5xx responses alarm."
  type = object({
    name = string
    id   = string
  })
}

variable "five_xx_threshold" {
  description = "5xx responses in 5 minutes that raise the ingress and dashboard alarms."
  type        = number
  default     = 5
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
