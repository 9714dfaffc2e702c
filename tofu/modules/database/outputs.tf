output "db_instance_identifier" {
  description = "Identifier of the DB instance (what a point-in-time restore starts from)."
  value       = aws_db_instance.this.identifier
}

output "db_instance_arn" {
  description = "ARN of the DB instance."
  value       = aws_db_instance.this.arn
}

output "db_instance_address" {
  description = "Host name of the DB instance."
  value       = aws_db_instance.this.address
}

output "db_instance_port" {
  description = "Port of the DB instance."
  value       = aws_db_instance.this.port
}

output "database_name" {
  description = "Name of the application database."
  value       = aws_db_instance.this.db_name
}

output "master_username" {
  description = "Master user name."
  value       = aws_db_instance.this.username
}

output "master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret RDS keeps the master password in."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "jdbc_url" {
  description = "JDBC URL of the application database (TLS required)."
  value       = "jdbc:postgresql://${aws_db_instance.this.address}:${aws_db_instance.this.port}/${aws_db_instance.this.db_name}?sslmode=require"
}

output "security_group_id" {
  description = "Security group of the DB instance."
  value       = aws_security_group.this.id
}
