output "bus_name" {
  description = "Name of the event bus."
  value       = aws_cloudwatch_event_bus.this.name
}

output "bus_arn" {
  description = "ARN of the event bus."
  value       = aws_cloudwatch_event_bus.this.arn
}

output "archive_arn" {
  description = "ARN of the archive events are replayed from."
  value       = aws_cloudwatch_event_archive.this.arn
}

output "rule_arns" {
  description = "Rule ARNs by rule file name."
  value       = { for key, rule in aws_cloudwatch_event_rule.this : key => rule.arn }
}

output "schedule_group_name" {
  description = "Name of the Scheduler group the application creates its schedules in."
  value       = aws_scheduler_schedule_group.this.name
}

output "schedule_group_arn" {
  description = "ARN of the Scheduler group."
  value       = aws_scheduler_schedule_group.this.arn
}

output "scheduler_role_arn" {
  description = "Role schedules deliver with (functions that create schedules pass it)."
  value       = aws_iam_role.scheduler.arn
}

output "dlq_arn" {
  description = "ARN of the dead-letter queue of rule and schedule targets."
  value       = aws_sqs_queue.dlq.arn
}

output "dlq_name" {
  description = "Name of the dead-letter queue of rule and schedule targets."
  value       = aws_sqs_queue.dlq.name
}
