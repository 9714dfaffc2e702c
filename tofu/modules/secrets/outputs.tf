output "secret_arns" {
  description = "Secret ARNs by integration."
  value       = { for integration, secret in aws_secretsmanager_secret.this : integration => secret.arn }
}

output "secret_names" {
  description = "Secret names by integration."
  value       = { for integration, secret in aws_secretsmanager_secret.this : integration => secret.name }
}
