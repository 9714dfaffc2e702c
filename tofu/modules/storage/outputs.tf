output "bucket_id" {
  description = "Name of the data bucket."
  value       = aws_s3_bucket.this.id
}

output "bucket_arn" {
  description = "ARN of the data bucket."
  value       = aws_s3_bucket.this.arn
}

output "log_bucket_id" {
  description = "Name of the bucket holding the server access logs."
  value       = aws_s3_bucket.logs.id
}
