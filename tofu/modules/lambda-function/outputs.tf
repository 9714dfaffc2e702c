output "function_name" {
  description = "Name of the function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "Unqualified ARN of the function."
  value       = aws_lambda_function.this.arn
}

output "alias_arn" {
  description = "ARN of the alias callers invoke (state machines, rules, URLs)."
  value       = aws_lambda_alias.this.arn
}

output "version" {
  description = "Version the alias points at."
  value       = aws_lambda_function.this.version
}

output "role_arn" {
  description = "ARN of the function's own execution role."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of the function's own execution role."
  value       = aws_iam_role.this.name
}

output "dlq_arn" {
  description = "ARN of the dead-letter queue."
  value       = aws_sqs_queue.dlq.arn
}

output "dlq_name" {
  description = "Name of the dead-letter queue."
  value       = aws_sqs_queue.dlq.name
}

output "log_group_name" {
  description = "Name of the function's log group."
  value       = aws_cloudwatch_log_group.this.name
}

output "function_url" {
  description = "Function URL of the alias, or null."
  value       = var.function_url ? aws_lambda_function_url.this[0].function_url : null
}
