output "dashboard_url" {
  description = "HTTPS URL of the dashboard."
  value       = module.platform.dashboard_url
}

output "function_urls" {
  description = "Function URLs of the ingress functions (give these to the webhook senders)."
  value       = module.platform.function_urls
}

output "function_alias_arns" {
  description = "Alias ARNs of every function."
  value       = module.platform.function_alias_arns
}

output "state_machine_arns" {
  description = "State machine ARNs by process."
  value       = module.platform.state_machine_arns
}

output "event_bus_name" {
  description = "Name of the event bus."
  value       = module.platform.event_bus_name
}

output "attachments_bucket" {
  description = "Name of the attachments bucket."
  value       = module.platform.attachments_bucket
}

output "db_instance_identifier" {
  description = "DB instance identifier."
  value       = module.platform.db_instance_identifier
}

output "db_master_user_secret_arn" {
  description = "Secret holding the database master password."
  value       = module.platform.db_master_user_secret_arn
}

output "secret_names" {
  description = "Integration secrets to fill, by integration."
  value       = module.platform.secret_names
}

output "alerts_topic_arn" {
  description = "Topic the alarms publish to."
  value       = module.platform.alerts_topic_arn
}
