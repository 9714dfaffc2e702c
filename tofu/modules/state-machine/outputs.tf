output "state_machine_arn" {
  description = "ARN of the state machine."
  value       = aws_sfn_state_machine.this.arn
}

output "state_machine_name" {
  description = "Name of the state machine."
  value       = aws_sfn_state_machine.this.name
}

output "state_machine_version_arn" {
  description = "ARN of the version published with this definition."
  value       = aws_sfn_state_machine.this.state_machine_version_arn
}

output "role_arn" {
  description = "ARN of the execution role derived from the definition."
  value       = aws_iam_role.this.arn
}

output "invoked_function_arns" {
  description = "The Lambda alias ARNs the definition names and the role may invoke."
  value       = local.invoked_function_arns
}

output "log_group_name" {
  description = "Name of the execution log group."
  value       = aws_cloudwatch_log_group.this.name
}
