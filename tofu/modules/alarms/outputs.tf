output "alerts_topic_arn" {
  description = "ARN of the alerts topic (alarms, and the ASL placeholder alerts_topic_arn)."
  value       = aws_sns_topic.alerts.arn
}

output "alarm_names" {
  description = "Names of every alarm."
  value = concat(
    [for alarm in aws_cloudwatch_metric_alarm.executions : alarm.alarm_name],
    [for alarm in aws_cloudwatch_metric_alarm.dead_letters : alarm.alarm_name],
    [for alarm in aws_cloudwatch_metric_alarm.ingress_5xx : alarm.alarm_name],
    [aws_cloudwatch_metric_alarm.dashboard_5xx.alarm_name],
  )
}
