output "dashboard_url" {
  description = "HTTPS URL of the dashboard."
  value       = module.dashboard.service_url
}

output "function_urls" {
  description = "Function URLs of the ingress functions, by function."
  value       = { for name, function in module.function : name => function.function_url if function.function_url != null }
}

output "function_alias_arns" {
  description = "Alias ARNs of every function, by manifest name."
  value       = { for name, function in module.function : name => function.alias_arn }
}

output "state_machine_arns" {
  description = "State machine ARNs by process."
  value       = { for process, machine in module.state_machine : process => machine.state_machine_arn }
}

output "event_bus_name" {
  description = "Name of the event bus."
  value       = module.events.bus_name
}

output "attachments_bucket" {
  description = "Name of the attachments bucket."
  value       = module.storage.bucket_id
}

output "db_instance_identifier" {
  description = "DB instance identifier (point-in-time restores start from it)."
  value       = module.database.db_instance_identifier
}

output "db_master_user_secret_arn" {
  description = "Secret holding the database master password."
  value       = module.database.master_user_secret_arn
}

output "secret_names" {
  description = "Integration secret names, by integration."
  value       = module.secrets.secret_names
}

output "alerts_topic_arn" {
  description = "Topic the alarms publish to."
  value       = module.alarms.alerts_topic_arn
}
