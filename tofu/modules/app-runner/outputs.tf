output "service_arn" {
  description = "ARN of the App Runner service."
  value       = aws_apprunner_service.this.arn
}

output "service_id" {
  description = "ID of the App Runner service (CloudWatch dimension ServiceID)."
  value       = aws_apprunner_service.this.service_id
}

output "service_name" {
  description = "Name of the App Runner service (CloudWatch dimension ServiceName)."
  value       = aws_apprunner_service.this.service_name
}

output "service_url" {
  description = "HTTPS URL of the dashboard."
  value       = "https://${aws_apprunner_service.this.service_url}"
}

output "instance_role_arn" {
  description = "Role the running dashboard uses."
  value       = aws_iam_role.instance.arn
}
